// ring: the thread-ring benchmark (after the Computer Language Benchmarks Game's
// description; our own code): N goroutines are linked in a ring by unbuffered
// channels, goroutine i receiving from channel i and sending to channel i+1 (the
// last to the first). A token, an integer T, is passed around the ring; each
// goroutine decrements it and passes it on; the goroutine that receives 0 reports
// its number to main. Every hand-off is a blocking receive woken by a send: a
// measure of the scheduler's park / ready / switch path.
//
// The token is then passed round M more times (reset each time), so that the
// program does M+1 runs of T hand-offs; each run's finishing goroutine goes into a
// checksum.
//
// Usage: ring [T [N [M]]]   (default T = 100000, N = 503 (the benchmark's), M = 0)
// Prints: the goroutine that finished the first run, and a checksum of all runs.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			continue
		}
		out <- t - 1
	}
}

func arg(i int, def int) int {
	if len(os.Args) > i {
		v, err := strconv.Atoi(os.Args[i])
		if err != nil || v < 0 {
			fmt.Println("usage: ring [T [N [M]]]")
			os.Exit(2)
		}
		return v
	}
	return def
}

func main() {
	t := arg(1, 100000)
	n := arg(2, 503)
	m := arg(3, 0)
	if n < 1 {
		n = 1
	}
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < n; i++ {
		go member(i+1, chans[i], chans[(i+1)%n], done)
	}
	first := 0
	sum := 0
	for r := 0; r <= m; r++ {
		// Run r starts at goroutine r mod n, with a token T + r.
		chans[r%n] <- t + r
		id := <-done
		if r == 0 {
			first = id
		}
		sum = sum*31 + id
		sum %= 1000000007
	}
	fmt.Println(first)
	fmt.Printf("runs %d of %d goroutines, checksum %d\n", m+1, n, sum)
}
