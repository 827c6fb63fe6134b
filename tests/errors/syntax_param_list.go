// Checks the syntax error for a parameter list missing a comma.
package main

func f(a int b int) {} // ERROR "syntax error: unexpected b in parameter list; possibly missing comma or \)$"

func main() {
	f(1, 2)
}
