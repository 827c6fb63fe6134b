// pingpong: two goroutines pass an integer back and forth over two unbuffered
// channels N times (a round trip: main sends, the partner receives, adds one and
// sends back). Every operation blocks and wakes the other side: the cost of a
// synchronous hand-off between two goroutines, with one P or two.
//
// Usage: pingpong [N]   (default 100000)
// Prints: the number of round trips and the final value (2N: each side adds one).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func partner(ping <-chan int, pong chan<- int) {
	for v := range ping {
		pong <- v + 1
	}
	close(pong)
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			fmt.Println("usage: pingpong [N]")
			os.Exit(2)
		}
		n = v
	}
	ping := make(chan int)
	pong := make(chan int)
	go partner(ping, pong)
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong + 1
	}
	close(ping)
	_, ok := <-pong
	fmt.Printf("%d round trips, value %d, partner closed: %v\n", n, v, !ok)
}
