// Checks unary - + ^ ! on variables and constants, including -MinInt64 and double negation.
package main

import "fmt"

func main() {
	a := 5
	fmt.Println(-a, +a, ^a, -(-a), ^^a)
	b := -9223372036854775807 - 1
	fmt.Println(-b, ^b, +b, -b == b)
	z := 0
	fmt.Println(-z, ^z)
	t := true
	fmt.Println(!t, !!t, !(a > 3))
	const c = -(-7)
	fmt.Println(c, ^c, -c)
}
