// Checks recovering panics in each iteration of a loop through a per-call wrapper, counting successes and failures.
package main

import "fmt"

func safely(i int, f func(int) int) (res int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  iteration", i, "recovered:", r)
			ok = false
		}
	}()
	return f(i), true
}

func main() {
	table := []int{10, 20, 30}
	fails := 0
	total := 0
	for i := -1; i <= 4; i++ {
		v, ok := safely(i, func(k int) int {
			return 100 / table[k] * (k - 1) / (k - 1)
		})
		if !ok {
			fails++
			continue
		}
		total += v
	}
	fmt.Println("total", total, "fails", fails)
}
