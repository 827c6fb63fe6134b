// Checks the syntax error for a missing closing brace at end of file.
// NOTE: this file must NOT end with a newline: the error is reported at EOF,
// which is then on the last line, where the ERROR comment can be.
package main

func main() {
	x := 1
	if x > 0 {
		x++
	} // ERROR "syntax error: unexpected EOF, expecting }$"