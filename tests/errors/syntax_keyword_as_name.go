// Checks the syntax error for a keyword used as a variable name.
package main

func main() {
	func := 1 // ERROR "syntax error: unexpected :=, expecting \($"
}
