// Checks locks embedded in structs and used through interfaces: an embedded
// sync.Mutex's promoted Lock/Unlock, a sync.Locker variable, and a sync.Cond on
// an RWMutex's RLocker, all across goroutines.
package main

import (
	"fmt"
	"sync"
)

type safeCounter struct {
	sync.Mutex
	n int
}

type guarded struct {
	sync.RWMutex
	items []int
}

func main() {
	var sc safeCounter
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				sc.Lock()
				sc.n++
				sc.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", sc.n)

	var l sync.Locker = &sc
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Lock()
			defer l.Unlock()
			total += i
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)

	g := &guarded{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			g.Lock()
			g.items = append(g.items, i)
			g.Unlock()
		}(i)
	}
	wg.Wait()
	g.RLock()
	fmt.Println("items:", len(g.items))
	g.RUnlock()

	// Cond on a read locker: waiters hold read locks; the writer flips ready.
	var rw sync.RWMutex
	cond := sync.NewCond(rw.RLocker())
	ready := false
	var woke sync.WaitGroup
	var arrived sync.WaitGroup
	for i := 0; i < 4; i++ {
		woke.Add(1)
		arrived.Add(1)
		go func() {
			defer woke.Done()
			rw.RLock()
			arrived.Done()
			for !ready {
				cond.Wait()
			}
			rw.RUnlock()
		}()
	}
	arrived.Wait()
	rw.Lock()
	ready = true
	rw.Unlock()
	cond.Broadcast()
	woke.Wait()
	fmt.Println("all readers woke")
}
