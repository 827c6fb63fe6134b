// Checks the syntax error for `else` at the start of a line (semicolon inserted after `}`).
package main

func main() {
	x := 1
	if x == 1 {
		x++
	}
	else { // ERROR "syntax error: unexpected else, expecting \}$"
	}
}
