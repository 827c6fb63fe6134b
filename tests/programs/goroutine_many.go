// Many goroutines at once (each with its own stack), their exit, and NumGoroutine.
package main

import (
	"fmt"
	"runtime"
)

const n = 10000

var sums [n]int
var finished [n]bool

func work(i int) {
	s := 0
	for j := 0; j <= i%100; j++ {
		s += j
	}
	runtime.Gosched()
	sums[i] = s
	finished[i] = true
}

func main() {
	fmt.Println("before:", runtime.NumGoroutine())
	for i := 0; i < n; i++ {
		go work(i)
	}
	for {
		count := 0
		for i := 0; i < n; i++ {
			if finished[i] {
				count++
			}
		}
		if count == n {
			break
		}
		runtime.Gosched()
	}
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("total:", total)
	// Every goroutine has returned or is about to: wait until they are gone.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after:", runtime.NumGoroutine())
}
