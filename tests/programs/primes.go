// Checks nested loops with continue and break: primes below 200 by trial division.
package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	line := ""
	for n := 0; n < 200; n++ {
		if !isPrime(n) {
			continue
		}
		count++
		line += " "
		if n < 10 {
			line += "0"
		}
		fmt.Print(n, " ")
		if count%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	fmt.Println("count:", count, "line length:", len(line))
}
