// Checks the lexical error "invalid character" for characters that are not Go tokens (@ $ #).
package main

func main() {
	x := @1 // ERROR "invalid character U\+0040 '@'$"
	y := $2 + 1 // ERROR "invalid character U\+0024 '\$'$"
	z := 3 +# 4 // ERROR "invalid character U\+0023 '#'$"
	_, _, _ = x, y, z
}
