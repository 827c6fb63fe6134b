// Checks calling a method on a nil interface value: nil pointer dereference runtime error with the SIGSEGV line.
package main

import "fmt"

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }

func pick(lang string) Greeter {
	if lang == "en" {
		return English{}
	}
	var g Greeter
	return g
}

func main() {
	fmt.Println(pick("en").Greet())
	fmt.Println(pick("fr").Greet())
}
