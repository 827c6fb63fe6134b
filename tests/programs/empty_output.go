// Checks a program that prints nothing and exits with status 0 (empty .out, no .err/.exit).
package main

func compute(n int) int {
	if n == 0 {
		return 0
	}
	return n + compute(n-1)
}

func main() {
	_ = compute(1000)
}
