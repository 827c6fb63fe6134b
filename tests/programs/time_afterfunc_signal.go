// Checks time.AfterFunc running its function in its own goroutine, which
// signals a channel; Stop (here from another goroutine) before firing prevents
// the call; Reset re-arms it.
package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	fired := make(chan string, 10)
	time.AfterFunc(60*time.Millisecond, func() { fired <- "sixty" })
	time.AfterFunc(1*time.Millisecond, func() { fired <- "one" })
	first := []string{<-fired, <-fired}
	sort.Strings(first)
	fmt.Println(first)

	t := time.AfterFunc(time.Hour, func() { fired <- "hour (wrong)" })
	stopped := make(chan bool)
	go func() { stopped <- t.Stop() }() // stopped from another goroutine
	fmt.Println("stopped before firing:", <-stopped)
	fmt.Println("second stop:", t.Stop())

	t2 := time.AfterFunc(time.Hour, func() { fired <- "reset" })
	t2.Reset(2 * time.Millisecond)
	fmt.Println(<-fired)
	fmt.Println("stop after firing:", t2.Stop())

	// Many AfterFuncs in parallel; gather and sort.
	for i := 0; i < 8; i++ {
		i := i
		time.AfterFunc(time.Duration(8-i)*time.Millisecond, func() {
			fired <- fmt.Sprint("f", i)
		})
	}
	var names []string
	for i := 0; i < 8; i++ {
		names = append(names, <-fired)
	}
	sort.Strings(names)
	fmt.Println(names)
	// The callback can block without delaying other timers.
	block := make(chan struct{})
	time.AfterFunc(time.Millisecond, func() { <-block; fired <- "unblocked" })
	time.AfterFunc(3*time.Millisecond, func() { fired <- "independent" })
	fmt.Println(<-fired)
	close(block)
	fmt.Println(<-fired)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("pending:", len(fired))
}
