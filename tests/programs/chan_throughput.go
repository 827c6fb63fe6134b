// Checks many small messages through unbuffered and buffered channels between
// goroutines (200000 each way) and a mutex under heavy contention; sums match.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 200000
	for _, size := range []int{0, 1, 128} {
		c := make(chan int, size)
		go func() {
			for i := 0; i < n; i++ {
				c <- i
			}
			close(c)
		}()
		s := 0
		for v := range c {
			s += v
		}
		fmt.Println(size, s)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n/8; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
