// Checks Euclid's algorithm (recursive and iterative) with %, including negative operands.
package main

import "fmt"

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func gcdLoop(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
	fmt.Println(gcdLoop(48, 18), gcdLoop(-48, 18), gcdLoop(48, -18))
	fmt.Println(lcm(4, 6), lcm(21, 6), lcm(1000000007, 998244353))
}
