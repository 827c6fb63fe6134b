// Checks runtime.NumGoroutine: 1 at start, grows while goroutines are blocked,
// and returns to 1 once they have all exited (polled, since a goroutine that
// called Done may not have exited yet).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitFor(n int) bool {
	for i := 0; i < 2000; i++ {
		if runtime.NumGoroutine() == n {
			return true
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond / 10)
	}
	return false
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(block)
	fmt.Println("after release reaches 1:", waitFor(1))
	// Goroutines that finish immediately.
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
	fmt.Println("after short ones reaches 1:", waitFor(1))
	// A goroutine blocked for ever stays counted.
	go func() { select {} }()
	fmt.Println("one blocked for ever:", waitFor(2), runtime.NumGoroutine())
}
