// Checks the smallest program: fmt.Println of a string constant.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
