// Features outside minigo's language (docs/LANGUAGE.md) are rejected with
// "... not supported" at the construct's position, never miscompiled.
package main

func main() {
	var c complex128 // ERROR "complex number type complex128 not supported$"
	_ = c
	x := 1
	if x > 0 {
		goto L // ERROR "goto not supported$"
	}
L:
	_ = 2i // ERROR "complex number not supported$"
}
