// Checks a `for cond {}` loop and if/else: Collatz sequence lengths and the longest below 10000.
package main

import "fmt"

func steps(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	for n := 1; n <= 10; n++ {
		fmt.Println(n, steps(n))
	}
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest below 10000:", bestN, "with", best, "steps")
}
