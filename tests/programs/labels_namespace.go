// Checks that labels live in their own namespace (same names as variables, functions and types) and are function-scoped.
package main

import "fmt"

type loop int

func outer() int { return 1 }

func count(n int) int {
	total := 0
outer:
	for i := 0; i < n; i++ {
	loop:
		for j := 0; j < n; j++ {
			switch {
			case j > i:
				continue outer
			case j == 2:
				break loop
			}
			total++
		}
	}
	return total
}

func main() {
	i := 0
i:
	for ; i < 10; i++ {
		if i == 4 {
			break i
		}
	}
	fmt.Println(i, count(4), outer(), loop(3))
	f := func() int {
	outer:
		for {
			break outer
		}
		return 2
	}
	fmt.Println(f())
	fmt := 0
	_ = fmt
}
