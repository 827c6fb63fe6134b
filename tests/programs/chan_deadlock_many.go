// Checks Go's deadlock error when main and several other goroutines are all
// blocked (channel receive, send, select, mutex, WaitGroup): exit 2 after the
// output written before.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	a := make(chan int)
	b := make(chan int)
	c := make(chan int, 1)
	started := make(chan int, 5)
	mu.Lock()
	wg.Add(1)
	go func() { started <- 1; <-a }()
	go func() { started <- 2; b <- 1 }()
	go func() {
		started <- 3
		select {
		case <-a:
		case <-c:
		}
	}()
	go func() { started <- 4; mu.Lock() }()
	go func() { started <- 5; wg.Wait() }()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-started
	}
	fmt.Println("all started:", sum)
	var nilc chan int
	nilc <- 1
	fmt.Println("not reached")
}
