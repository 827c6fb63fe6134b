// Checks sync.Once called concurrently from many goroutines: the function runs
// exactly once and every caller returns only after it completed.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var (
	once   sync.Once
	calls  int32
	config map[string]string
)

func load() {
	atomic.AddInt32(&calls, 1)
	time.Sleep(10 * time.Millisecond)
	config = map[string]string{"mode": "fast", "level": "3"}
}

func main() {
	var wg sync.WaitGroup
	seen := make([]string, 30)
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			seen[i] = config["mode"] + "/" + config["level"]
		}(i)
	}
	wg.Wait()
	fmt.Println("calls:", calls)
	allSame := true
	for _, s := range seen {
		if s != "fast/3" {
			allSame = false
		}
	}
	fmt.Println("every caller saw the config:", allSame)
	// A second Do with another function does nothing.
	once.Do(func() { fmt.Println("not printed") })
	// A panicking Do counts as done.
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("boom") })
	}()
	o2.Do(func() { fmt.Println("not printed either") })
	fmt.Println("end")
}
