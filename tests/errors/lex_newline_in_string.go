// Checks the lexical errors "newline in string" and "unknown escape" (the lexer continues after both).
// The regexp for the unterminated string is backquoted: the ERROR comment is inside the string.
package main

func main() {
	s := "abc // ERROR `newline in string$`
	t := "ok"
	u := "bad escape \q" // ERROR `unknown escape$`
	_, _, _ = s, t, u
}
