// Checks "undefined: NAME" for variables, functions, and names used before or outside their scope.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x + y) // ERROR "undefined: y$"
	z = 3 // ERROR "undefined: z$"
	undefinedFunc(x) // ERROR "undefined: undefinedFunc$"
	{
		inner := 2
		_ = inner
	}
	fmt.Println(inner) // ERROR "undefined: inner$"
	fmt.Println(fmt.Nope) // ERROR "undefined: fmt\.Nope$"
	if v := 1; v > 0 {
	}
	_ = v // ERROR "undefined: v$"
}
