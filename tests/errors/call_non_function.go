// Checks "cannot call non-function" for variables and constants of non-function type.
package main

const k = 3

func main() {
	x := 1
	s := "s"
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)$"
	s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)$"
	k() // ERROR "invalid operation: cannot call non-function k \(untyped int constant 3\)$"
	_ = x(2) + 1 // ERROR "invalid operation: cannot call non-function x \(variable of type int\)$"
	true() // ERROR "invalid operation: cannot call non-function true \(untyped bool constant\)$"
}
