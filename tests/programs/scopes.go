// Checks block scoping and shadowing of package-level and local variables.
package main

import "fmt"

var x = "package"

func show() {
	fmt.Println("show sees", x)
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		show()
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	fmt.Println(x)
	var y, z = 2, "z"
	y, w := 3, 4
	fmt.Println(y, z, w)
}
