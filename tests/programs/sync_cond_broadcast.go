// Cond: goroutines wait for a flag; Signal wakes one, Broadcast the rest.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	woken := 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			for woken == 0 {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	// Wait until all ten wait.
	for {
		mu.Lock()
		if ready == 10 {
			mu.Unlock()
			break
		}
		mu.Unlock()
	}
	mu.Lock()
	woken = 1
	c.Signal()
	mu.Unlock()
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(ready, woken)
}
