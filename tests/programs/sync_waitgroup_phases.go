// Checks reusing one sync.WaitGroup across several phases: each phase's workers
// read the previous phase's results, which Wait made visible.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	vals := make([]int, 10)
	for i := range vals {
		vals[i] = i + 1
	}
	for phase := 1; phase <= 4; phase++ {
		next := make([]int, len(vals))
		for i := range vals {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				// Each element becomes the sum of itself and its neighbours.
				s := vals[i]
				if i > 0 {
					s += vals[i-1]
				}
				if i < len(vals)-1 {
					s += vals[i+1]
				}
				next[i] = s % 1000
			}(i)
		}
		wg.Wait()
		vals = next
		fmt.Println("phase", phase, vals)
	}
	// Add with a count larger than one, Done from nested goroutines.
	var total int
	var mu sync.Mutex
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			var inner sync.WaitGroup
			inner.Add(2)
			for k := 0; k < 2; k++ {
				go func(k int) {
					defer inner.Done()
					mu.Lock()
					total += i*10 + k
					mu.Unlock()
				}(k)
			}
			inner.Wait()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)
}
