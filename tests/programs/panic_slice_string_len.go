// Checks slicing a string beyond its length with s[:x]: strings report "with length", not capacity.
package main

import "fmt"

func main() {
	s := "gopher"
	x := 3
	fmt.Println(s[:x])
	x = 10
	fmt.Println(s[:x])
}
