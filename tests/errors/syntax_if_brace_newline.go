// Checks the syntax error for an if statement whose `{` is on the next line.
package main

func main() {
	x := 1
	if x > 0 // ERROR "syntax error: unexpected newline, expecting \{ after if clause$"
	{
		x++
	}
}
