// Checks the syntax error for a switch case clause missing its colon.
package main

func main() {
	x := 1
	switch x {
	case 1 // ERROR "syntax error: unexpected newline, expecting :$"
		x++
	}
}
