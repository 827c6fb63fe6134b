// Checks the println/print builtins: they write to stderr, println separates operands with spaces, print does not.
package main

import "fmt"

func main() {
	println(true, -3, "s")
	println()
	println("a", "b", 1, 2, false)
	print("no", "space", 1, 2, true, "\n")
	print(1, 2, "\n")
	print("x", 3, -4, "y\n")
	x := -9223372036854775807 - 1
	println(x, 9223372036854775807, 0)
	fmt.Println("stdout line")
	println("after stdout")
	print("end without newline")
}
