// Checks that deferring a method of a nil interface panics at the defer statement, as evaluating the method value does.
package main

import "fmt"

type Closer interface{ Close() }

func f() {
	var x Closer
	defer x.Close() // Go: evaluating x.Close panics here, at the defer statement
	fmt.Println("reached after defer")
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
