// Checks fmt.Println and fmt.Print formatting with int, string and bool operands, including none.
package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println(true, -3, "s")
	fmt.Println("a", "b", "", "c")
	fmt.Println(1, 2, 3)
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")      // space between two numbers
	fmt.Print(1, "x", 2, "\n") // no space when either side is a string
	fmt.Print(true, false, "\n")
	fmt.Print(true, 1, false, "\n")
	fmt.Print()
	fmt.Print("\n")
	x, b, s := -42, false, "str"
	fmt.Println(x, b, s, x, b, s)
	fmt.Print(x, b, s, x, b, s, "\n")
	fmt.Println(-9223372036854775807-1, 9223372036854775807)
	fmt.Println("tab\there", "quote\"", `raw\n`)
}
