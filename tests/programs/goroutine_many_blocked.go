// Checks 10000 goroutines blocked at once on one channel (each with its own
// stack), then released by close and joined: counts and sums match.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 10000
	gate := make(chan struct{})
	var ready, done sync.WaitGroup
	var sum int64
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer done.Done()
			local := make([]int, 4)
			local[i%4] = i
			ready.Done()
			<-gate
			atomic.AddInt64(&sum, int64(local[i%4]))
		}(i)
	}
	ready.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine()-1)
	runtime.GC()
	close(gate)
	done.Wait()
	fmt.Println("sum:", sum, "want:", int64(n)*(n-1)/2)
}
