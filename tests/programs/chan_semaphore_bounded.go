// Checks bounded parallelism with a buffered channel used as a semaphore: at most
// three tasks run at once (tracked with atomics), and all tasks complete.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var running, maxRunning, done int32
	var wg sync.WaitGroup
	out := make([]int, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&running, 1)
			for {
				m := atomic.LoadInt32(&maxRunning)
				if n <= m || atomic.CompareAndSwapInt32(&maxRunning, m, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			out[i] = i * 10
			atomic.AddInt32(&running, -1)
			atomic.AddInt32(&done, 1)
		}(i)
	}
	wg.Wait()
	m := atomic.LoadInt32(&maxRunning)
	fmt.Println("done:", atomic.LoadInt32(&done))
	fmt.Println("max in flight within limit:", m >= 1 && m <= limit)
	fmt.Println("running now:", atomic.LoadInt32(&running))
	fmt.Println("semaphore empty:", len(sem) == 0, "cap", cap(sem))
	fmt.Println(out)
}
