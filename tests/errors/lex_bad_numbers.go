// Checks the lexical errors for malformed integer literals (prefixes without digits, bad digits, misplaced _).
package main

func main() {
	y := 0x // ERROR "hexadecimal literal has no digits$"
	z := 08 // ERROR "invalid digit '8' in octal literal$"
	w := 1__0 // ERROR "'_' must separate successive digits$"
	b := 0b102 // ERROR "invalid digit '2' in binary literal$"
	o := 0o9 // ERROR "invalid digit '9' in octal literal$"
	n := 1_ // ERROR "'_' must separate successive digits$"
	_, _, _, _, _, _ = y, z, w, b, o, n
}
