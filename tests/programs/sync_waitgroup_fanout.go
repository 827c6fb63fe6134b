// Fan-out: each worker writes its own slot; Wait returns after all are done, and
// several goroutines may Wait at once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 50)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	var waiters sync.WaitGroup
	for k := 0; k < 5; k++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			wg.Wait()
		}()
	}
	wg.Wait()
	waiters.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum)
	// Reuse after Wait returned.
	wg.Add(2)
	go wg.Done()
	go wg.Done()
	wg.Wait()
	fmt.Println("reused")
}
