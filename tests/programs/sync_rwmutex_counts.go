// Checks sync.RWMutex with concurrent readers and writers: every read sees a
// consistent snapshot (two fields always updated together) and the final counts
// match.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type store struct {
	mu   sync.RWMutex
	a, b int
}

func main() {
	s := &store{}
	var reads, bad int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.mu.Lock()
				s.a++
				s.b--
				s.mu.Unlock()
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				s.mu.RLock()
				if s.a+s.b != 0 {
					atomic.AddInt64(&bad, 1)
				}
				s.mu.RUnlock()
				atomic.AddInt64(&reads, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("a:", s.a, "b:", s.b)
	fmt.Println("reads:", reads, "inconsistent:", bad)
	// Several readers hold the lock at once; a writer's TryLock fails meanwhile.
	s.mu.RLock()
	s.mu.RLock()
	fmt.Println("TryLock while read-locked:", s.mu.TryLock())
	fmt.Println("TryRLock while read-locked:", s.mu.TryRLock())
	s.mu.RUnlock()
	s.mu.RUnlock()
	s.mu.RUnlock()
	fmt.Println("TryLock when free:", s.mu.TryLock())
	s.mu.Unlock()
}
