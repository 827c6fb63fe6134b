// Checks that an unbuffered send/receive pair synchronizes: writes made before a
// send are visible after the matching receive, in a relay across a ring of
// goroutines passing a token and a shared slice.
package main

import "fmt"

func main() {
	const n = 50
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	shared := make([]int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			tok := <-chans[i]
			shared[i] = tok * 2 // plain write, published by the next send
			chans[i+1] <- tok + 1
		}(i)
	}
	chans[0] <- 1
	last := <-chans[n]
	sum := 0
	for _, v := range shared {
		sum += v
	}
	fmt.Println("token:", last, "sum:", sum, shared[:5])

	// Ping-pong with a round counter passed back and forth.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("rounds:", v, "pong closed:", !ok)
}
