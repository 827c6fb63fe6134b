// blocked: the memory cost of a blocked goroutine. Main starts N goroutines that
// each block receiving on one shared unbuffered channel, then releases them one
// value at a time and waits for them all.
//
// The program cannot read its own resident set (minigo's os opens no files), so it
// pauses for whoever runs it, who reads /proc/PID/status meanwhile:
//
//   1. it prints "start" and reads a line from standard input;
//   2. it starts the N goroutines, waits until each has started (a WaitGroup; a
//      goroutine calls Done just before its receive), sleeps 100 ms so that the last
//      ones reach the receive, prints "ready: N goroutines blocked" and reads a line;
//   3. it sends 1..N on the channel (each goroutine adds the value it got to a
//      shared sum), waits for all of them, and prints the sum.
//
// bench/goroutines.sh and tests/goroutine_memory_test.py report
// (RSS at 2 - RSS at 1) / N, the bytes a blocked goroutine costs. With standard
// input at end of file (or not a terminal nobody writes to: </dev/null) the program
// runs straight through, so its output can be compared with Go's.
//
// Usage: blocked [N]   (default 100000)
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// pause reads standard input up to a newline or the end of the input.
func pause() {
	var b [1]byte
	for {
		n, err := os.Stdin.Read(b[:])
		if n == 0 || err != nil || b[0] == '\n' {
			return
		}
	}
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			fmt.Println("usage: blocked [N]")
			os.Exit(2)
		}
		n = v
	}
	c := make(chan int64)
	var started, finished sync.WaitGroup
	var sum int64

	fmt.Println("start")
	pause()

	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			v := <-c
			atomic.AddInt64(&sum, v)
			finished.Done()
		}()
	}
	started.Wait()
	time.Sleep(100 * time.Millisecond)
	fmt.Printf("ready: %d goroutines blocked\n", n)
	pause()

	for i := 1; i <= n; i++ {
		c <- int64(i)
	}
	finished.Wait()
	fmt.Printf("released: sum %d\n", atomic.LoadInt64(&sum))
}
