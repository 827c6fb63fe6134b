// Checks that sync.Cond.Signal wakes waiters in the order they started waiting
// (Go's notify list is FIFO), and Broadcast wakes every remaining one.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	woken := make(chan int, 10)
	waiting := make(chan int)
	tokens := 0
	for i := 0; i < 6; i++ {
		go func(i int) {
			mu.Lock()
			waiting <- i // main can take mu only once this waiter is in Wait
			for tokens == 0 {
				cond.Wait()
			}
			tokens--
			mu.Unlock()
			woken <- i
		}(i)
		<-waiting
		mu.Lock() // acquired after waiter i released mu inside Wait
		mu.Unlock()
	}
	var order []int
	for k := 0; k < 3; k++ {
		mu.Lock()
		tokens++
		cond.Signal()
		mu.Unlock()
		order = append(order, <-woken)
	}
	fmt.Println("signal order:", order)
	mu.Lock()
	tokens += 3
	cond.Broadcast()
	mu.Unlock()
	var rest []int
	for k := 0; k < 3; k++ {
		rest = append(rest, <-woken)
	}
	sort.Ints(rest)
	fmt.Println("broadcast woke:", rest)
	// Signal with no waiter is a no-op.
	cond.Signal()
	fmt.Println("done")
}
