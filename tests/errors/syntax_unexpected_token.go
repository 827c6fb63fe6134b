// Checks the syntax error for an unexpected token where an expression is expected.
package main

func main() {
	x := 1
	x = = 2 // ERROR "syntax error: unexpected =, expecting expression$"
}
