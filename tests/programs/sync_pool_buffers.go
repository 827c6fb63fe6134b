// Checks sync.Pool shared by goroutines: Get returns either a fresh object from
// New or a previously Put one, and each goroutine's buffer work is correct.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	var created int32
	pool := sync.Pool{New: func() any {
		atomic.AddInt32(&created, 1)
		return new(strings.Builder)
	}}
	var wg sync.WaitGroup
	out := make([]string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for round := 0; round < 10; round++ {
				b := pool.Get().(*strings.Builder)
				b.Reset()
				for i := 0; i <= g%4; i++ {
					fmt.Fprintf(b, "%d-", g)
				}
				if round == 9 {
					out[g] = b.String()
				}
				pool.Put(b)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(out[:5])
	fmt.Println(out[12:])
	c := atomic.LoadInt32(&created)
	fmt.Println("created between 1 and 160:", c >= 1 && c <= 160)
	// A pool without New returns nil when empty.
	var p2 sync.Pool
	fmt.Println(p2.Get() == nil)
}
