// Checks a reusable barrier built from channels: N goroutines run several rounds
// and none starts round r+1 before all finished round r.
package main

import (
	"fmt"
	"sync"
)

type barrier struct {
	n       int
	arrive  chan int
	release []chan struct{}
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n, arrive: make(chan int)}
	for i := 0; i < n; i++ {
		b.release = append(b.release, make(chan struct{}))
	}
	go func() {
		for {
			for i := 0; i < n; i++ {
				<-b.arrive
			}
			for i := 0; i < n; i++ {
				b.release[i] <- struct{}{}
			}
		}
	}()
	return b
}

func (b *barrier) wait(id int) {
	b.arrive <- id
	<-b.release[id]
}

func main() {
	const n, rounds = 5, 6
	b := newBarrier(n)
	var mu sync.Mutex
	log := make([]int, 0, n*rounds)
	var wg sync.WaitGroup
	for id := 0; id < n; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				mu.Lock()
				log = append(log, r)
				mu.Unlock()
				b.wait(id)
			}
		}(id)
	}
	wg.Wait()
	// The log must be n zeros, then n ones, ... (rounds never overlap).
	ok := true
	for i, r := range log {
		if r != i/n {
			ok = false
		}
	}
	fmt.Println(len(log), "rounds ordered:", ok)
	fmt.Println(log[:n], log[len(log)-n:])
}
