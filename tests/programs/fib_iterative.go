// Checks a three-clause for loop, parallel assignment and int wraparound past fib(92).
package main

import "fmt"

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	fmt.Println(fib(0), fib(1), fib(2), fib(10), fib(50), fib(90), fib(92))
	fmt.Println(fib(93), fib(100)) // overflows and wraps around
}
