// Checks atomic.Value holding a *config: readers load a consistent snapshot while
// a writer publishes new versions; a CompareAndSwap-based update loop.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	name    string
	limits  []int
}

func main() {
	var cur atomic.Value
	cur.Store(&config{version: 0, name: "v0", limits: []int{0, 0}})
	var wg sync.WaitGroup
	var bad, loads int64
	stop := make(chan struct{})
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for {
				c := cur.Load().(*config)
				atomic.AddInt64(&loads, 1)
				if c.name != fmt.Sprintf("v%d", c.version) || c.limits[0] != c.version*10 ||
					c.limits[1] != c.version*20 || c.version < last {
					atomic.AddInt64(&bad, 1)
				}
				last = c.version
				select {
				case <-stop:
					return
				default:
				}
			}
		}()
	}
	for v := 1; v <= 100; v++ {
		cur.Store(&config{version: v, name: fmt.Sprintf("v%d", v), limits: []int{v * 10, v * 20}})
	}
	close(stop)
	wg.Wait()
	c := cur.Load().(*config)
	fmt.Println("final:", c.version, c.name, c.limits)
	fmt.Println("inconsistent snapshots:", bad, "readers loaded:", loads > 0)

	// Concurrent incrementers via CompareAndSwap on the Value.
	var counter atomic.Value
	counter.Store(0)
	var wg2 sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 100; i++ {
				for {
					old := counter.Load().(int)
					if counter.CompareAndSwap(old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", counter.Load())
	fmt.Println("swap returns old:", counter.Swap(-1), counter.Load())
}
