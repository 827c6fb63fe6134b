// Checks an unrecovered array index out of range through a variable index (not a constant, so not a compile error).
package main

import "fmt"

func main() {
	var a [4]string
	a[0] = "zero"
	for i := 0; i <= len(a); i++ {
		a[i] = "x"
		fmt.Println("set", i)
	}
	fmt.Println(a)
}
