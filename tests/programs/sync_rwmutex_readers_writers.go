// RWMutex: many readers and some writers; readers never see a half-written pair.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	a, b := 0, 0
	var wg sync.WaitGroup
	bad := 0
	var badMu sync.Mutex
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				a++
				b++
				rw.Unlock()
			}
		}()
	}
	for r := 0; r < 16; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				if a != b {
					badMu.Lock()
					bad++
					badMu.Unlock()
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(a, b, bad)
}
