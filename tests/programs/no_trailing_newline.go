// Checks that stdout is compared exactly: the last output has no trailing newline.
package main

import "fmt"

func main() {
	fmt.Println("line one")
	fmt.Print("partial ", 7)
	fmt.Print(" end")
}
