// Checks panic with an int argument: Go prints "panic: 42" (no type annotation for plain int), exit status 2.
package main

import "fmt"

func main() {
	fmt.Println("before")
	x := 40
	x += 2
	panic(x)
}
