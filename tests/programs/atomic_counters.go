// Atomic counters from many goroutines: Add, CompareAndSwap loops, atomic types and
// a Value swapped concurrently.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u atomic.Uint32
	var max int32
	var v atomic.Value
	v.Store(0)
	var wg sync.WaitGroup
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&n, 1)
				u.Add(2)
			}
			for {
				old := atomic.LoadInt32(&max)
				if int32(g) <= old || atomic.CompareAndSwapInt32(&max, old, int32(g)) {
					break
				}
			}
			v.Store(g)
		}(g)
	}
	wg.Wait()
	_, isInt := v.Load().(int)
	fmt.Println(atomic.LoadInt64(&n), u.Load(), atomic.LoadInt32(&max), isInt)
}
