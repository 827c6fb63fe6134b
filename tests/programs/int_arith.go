// Checks int arithmetic on variables: wraparound, truncated division and modulo with negative operands.
package main

import "fmt"

const maxInt = 1<<63 - 1
const minInt = -1 << 63

func main() {
	a, b := 7, 2
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	a, b = -7, 2
	fmt.Println(a/b, a%b)
	a, b = 7, -2
	fmt.Println(a/b, a%b)
	a, b = -7, -2
	fmt.Println(a/b, a%b)

	max, min := maxInt, minInt
	fmt.Println(max, min)
	fmt.Println(max+1, min-1, max*2, min*2, -min)
	one, minus1 := 1, -1
	fmt.Println(min/minus1, min%minus1, min*minus1, max/minus1)
	fmt.Println(max+one == min, min-one == max)
	x := 123456789
	x *= 987654321
	x *= 1000003
	fmt.Println(x)
}
