// Checks that switch case expressions are evaluated top to bottom, left to right, only until a match.
package main

import "fmt"

func v(n int) int {
	fmt.Println("eval", n)
	return n
}

func main() {
	switch v(3) {
	case v(1), v(2):
		fmt.Println("wrong")
	case v(3), v(4):
		fmt.Println("matched 3")
	case v(5):
		fmt.Println("wrong")
	}
	switch {
	case v(0) > 0:
	case v(7) > 6:
		fmt.Println("matched 7")
	}
}
