// Checks ++, -- and op= on operands that are not numeric or not assignable.
package main

func main() {
	s := "str"
	b := true
	var p *int
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)$"
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)$"
	p++ // ERROR "invalid operation: p\+\+ \(non-numeric type \*int\)$"
	s -= "x" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)$"
	b += b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)$"
	const c = 1
	c++ // ERROR "cannot assign to c \(untyped int constant 1\)$"
	n := 1
	n++
}
