// Checks "redeclared in this block" for variables, constants, functions and parameters.
package main

var g = 1
var g = 2 // ERROR "g redeclared in this block$"

func f() {}
func f() {} // ERROR "f redeclared in this block$"

func params(a int, a string) {} // ERROR "a redeclared in this block$"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block$"
	const c = 1
	const c = 2 // ERROR "c redeclared in this block$"
	{
		x := "shadowing in an inner block is fine"
		_ = x
	}
	_ = x
}
