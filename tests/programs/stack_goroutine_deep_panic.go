// Checks panics raised deep in the recursion of several goroutines: every
// frame's deferred call runs while unwinding across stack segments, and recover
// at the top returns the value; the goroutines then keep working.
package main

import (
	"fmt"
	"sync"
)

func dive(depth, max int, unwound *int) int {
	var pad [32]int
	pad[depth%32] = depth
	defer func() { *unwound++ }()
	if depth == max {
		panic(fmt.Sprintf("bottom at %d", depth))
	}
	return dive(depth+1, max, unwound) + pad[depth%32]
}

func run(max int) (msg string, unwound int) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(string)
		}
	}()
	dive(0, max, &unwound)
	return "no panic", unwound
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	depths := []int{10, 1000, 5000, 20000, 40000}
	msgs := make([]string, len(depths))
	counts := make([]int, len(depths))
	after := make([]int, len(depths))
	var wg sync.WaitGroup
	for i, d := range depths {
		wg.Add(1)
		go func(i, d int) {
			defer wg.Done()
			msgs[i], counts[i] = run(d)
			// The stack is usable (and can grow again) after the recovery.
			after[i] = sum(d)
		}(i, d)
	}
	wg.Wait()
	for i := range depths {
		fmt.Println(msgs[i], counts[i], after[i])
	}
}
