// Checks bool values: comparisons, ==/!= on bools, truth tables, and bool-valued functions and variables.
package main

import "fmt"

func xor(a, b bool) bool {
	return a != b
}

func main() {
	vals := 0
	for i := 0; i < 4; i++ {
		a := i&1 != 0
		b := i&2 != 0
		fmt.Println(a, b, a && b, a || b, xor(a, b), a == b, !a || b)
		if a == true {
			vals++
		}
	}
	var f bool
	fmt.Println(f, vals, 1 < 2, 2 <= 1, 3 >= 3, 4 > 4, 5 == 5, 6 != 6)
	x, y := -1, 1
	fmt.Println(x < y, x > y, x <= x, y >= x)
}
