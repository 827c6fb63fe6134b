// Checks shadowing in nested blocks, if/for/switch scopes, package names shadowed locally, and := redeclaration.
package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		{
			x = "assigned in inner block"
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 3.5; {
	case x > 3:
		x := "case"
		fmt.Println(x)
	}
	a, err := 1, "none"
	b, err := 2, "second"
	fmt.Println(a, b, err)
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	type int = string
	var s int = "a string typed int"
	fmt.Println(s)
	var v interface{} = 5
	switch v := v.(type) {
	case string:
		fmt.Println("string", v)
	default:
		fmt.Println("default", v)
	}
	nil := 0
	fmt.Println(nil + 1)
}
