// Checks atomic counters (AddInt64, atomic.Int32) and a spin lock built on
// CompareAndSwap protecting a non-atomic counter across goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spinLock struct{ state int32 }

func (l *spinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
		runtime.Gosched()
	}
}

func (l *spinLock) Unlock() { atomic.StoreInt32(&l.state, 0) }

func main() {
	var lock spinLock
	var plain int
	var hits int64
	var ops atomic.Int32
	var maxSeen atomic.Uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				lock.Lock()
				plain++
				lock.Unlock()
				atomic.AddInt64(&hits, 2)
				ops.Add(1)
			}
			v := uint64(g * 100)
			for {
				old := maxSeen.Load()
				if v <= old || maxSeen.CompareAndSwap(old, v) {
					break
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("plain:", plain)
	fmt.Println("hits:", atomic.LoadInt64(&hits))
	fmt.Println("ops:", ops.Load())
	fmt.Println("max:", maxSeen.Load())
	fmt.Println("lock free:", atomic.LoadInt32(&lock.state) == 0)
	fmt.Println("CAS on wrong old:", atomic.CompareAndSwapInt32(&lock.state, 1, 0))
	fmt.Println("swap:", atomic.SwapInt64(&hits, -1), hits)
}
