// Checks labeled break and continue out of nested for loops and out of a switch inside a loop.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	n := 0
loop:
	for {
		n++
		switch {
		case n%2 == 0:
			continue loop
		case n > 9:
			break loop
		}
		fmt.Print(n, " ")
	}
	fmt.Println("n =", n)

	count := 0
rows:
	for r := 0; r < 4; r++ {
	cols:
		for c := 0; c < 4; c++ {
			switch {
			case c > r:
				continue rows
			case r == 3 && c == 1:
				break cols
			}
			count++
		}
		fmt.Println("row", r, "done")
	}
	fmt.Println("count =", count)
}
