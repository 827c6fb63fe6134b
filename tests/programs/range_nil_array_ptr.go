// Checks range over a nil pointer to an array: with only an index it is not dereferenced (the length is constant), with a value it panics with Go's nil dereference.
package main

import "fmt"

func main() {
	var p *[3]int
	for i := range p {
		fmt.Print(i)
	}
	for i := range *p {
		fmt.Print(i)
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range p {
		fmt.Println(i, v)
	}
}
