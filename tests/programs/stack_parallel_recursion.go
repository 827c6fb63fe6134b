// Checks deep recursion in several goroutines at once: each grows its stack over
// many segments (fib with large frames, ackermann, a deep sum) and gets the right
// answer; results are collected by index.
package main

import (
	"fmt"
	"sync"
)

func fib(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n < 2 {
		return n + pad[n%16] - n
	}
	return fib(n-1) + fib(n-2) + pad[n%16] - n
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func deepSum(n int) int {
	var buf [64]byte
	buf[n%64] = byte(n)
	if n == 0 {
		return 0
	}
	return deepSum(n-1) + int(buf[n%64])
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 9)
	jobs := []func() int{
		func() int { return fib(22) },
		func() int { return fib(23) },
		func() int { return fib(24) },
		func() int { return ack(2, 300) },
		func() int { return ack(3, 6) },
		func() int { return ack(3, 7) },
		func() int { return deepSum(20000) },
		func() int { return deepSum(50000) },
		func() int { return deepSum(100000) },
	}
	for i, j := range jobs {
		wg.Add(1)
		go func(i int, j func() int) {
			defer wg.Done()
			results[i] = j()
		}(i, j)
	}
	wg.Wait()
	for i, r := range results {
		fmt.Println(i, r)
	}
}
