// fib.go — recursion and loops: Fibonacci numbers computed recursively and
// iteratively, printed with fmt.Println and the println builtin.
package main

import "fmt"

// fib returns the n-th Fibonacci number, recursively.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// fibIter returns the n-th Fibonacci number with a loop; it wraps around on overflow
// exactly as Go's int does.
func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Println("fib", i, "=", fib(i))
	}
	fmt.Println("fib(30) =", fib(30))
	fmt.Println("fib(90) =", fibIter(90))
	fmt.Println("fib(100) wraps to", fibIter(100))
	println("done:", fib(20) == fibIter(20))
}
