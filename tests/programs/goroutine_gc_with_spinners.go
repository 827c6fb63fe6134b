// Checks runtime.GC while another goroutine spins in a loop without calls (only
// atomic loads and arithmetic): the collection completes, allocated data
// survives, and the spinner stops when told.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type node struct {
	v    int
	next *node
}

func main() {
	var stop int32
	var wg sync.WaitGroup
	counts := make([]int, 1)
	for g := 0; g < 1; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			n := 0
			for atomic.LoadInt32(&stop) == 0 {
				n++
			}
			counts[g] = n
		}(g)
	}
	var head *node
	for round := 0; round < 2; round++ {
		for i := 0; i < 1000; i++ {
			head = &node{i, head}
			_ = make([]byte, 64) // garbage
		}
		runtime.GC()
	}
	sum, n := 0, 0
	for p := head; p != nil; p = p.next {
		sum += p.v
		n++
	}
	atomic.StoreInt32(&stop, 1)
	wg.Wait()
	fmt.Println(n, sum)
	fmt.Println("spinners ran:", counts[0] >= 0)
}
