// Checks runtime.Gosched with GOMAXPROCS(1) set inside the program: two
// goroutines alternate strictly through a shared turn variable, yielding the
// only P each time it is not their turn.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous >= 1:", prev >= 1, "now:", runtime.GOMAXPROCS(0))
	var turn atomic.Int32
	var log []string
	var wg sync.WaitGroup
	player := func(id int, name string) {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			for int(turn.Load())%2 != id {
				runtime.Gosched()
			}
			log = append(log, name)
			turn.Add(1)
		}
	}
	wg.Add(2)
	go player(0, "ping")
	go player(1, "pong")
	wg.Wait()
	fmt.Println(strings.Join(log, " "))
	fmt.Println("turns:", turn.Load())
	// Gosched lets a runnable goroutine run before main continues.
	var done atomic.Bool
	go func() { done.Store(true) }()
	for !done.Load() {
		runtime.Gosched()
	}
	fmt.Println("done:", done.Load())
}
