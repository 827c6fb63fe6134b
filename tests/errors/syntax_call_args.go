// Checks the syntax error for call arguments missing a comma.
package main

func f(a, b string) {}

func main() {
	f("a" "b") // ERROR `syntax error: unexpected literal "b" in argument list; possibly missing comma or \)$`
}
