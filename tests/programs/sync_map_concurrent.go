// Checks sync.Map used concurrently: LoadOrStore from many goroutines keeps the
// first value per key, Range sees every key, and LoadAndDelete removes each key
// exactly once across competing goroutines.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var stored int32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				if _, loaded := m.LoadOrStore(k, k*k); !loaded {
					atomic.AddInt32(&stored, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("stored:", stored)
	var keys []int
	sum := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		sum += v.(int)
		return true
	})
	sort.Ints(keys)
	fmt.Println(len(keys), keys[0], keys[len(keys)-1], sum)

	var deleted int32
	var delSum int64
	for g := 0; g < 5; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				if v, ok := m.LoadAndDelete(k); ok {
					atomic.AddInt32(&deleted, 1)
					atomic.AddInt64(&delSum, int64(v.(int)))
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("deleted:", deleted, "sum:", delSum)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("left:", n)
	// Store/Load from a writer and readers.
	done := make(chan bool)
	go func() {
		for i := 0; i < 100; i++ {
			m.Store("last", i)
		}
		done <- true
	}()
	<-done
	v, ok := m.Load("last")
	fmt.Println(v, ok)
}
