// Checks timeouts with select + time.After where the margins are huge: a value
// that is ready beats a 2 s timeout, and a value that never arrives loses to a
// 20 ms timeout; a late result lands in a buffered channel without leaking.
package main

import (
	"fmt"
	"time"
)

func compute(x int) <-chan int {
	c := make(chan int, 1)
	go func() { c <- x * x }()
	return c
}

func main() {
	start := time.Now()
	for i := 1; i <= 3; i++ {
		select {
		case v := <-compute(i):
			fmt.Println("result", v)
		case <-time.After(2 * time.Second):
			fmt.Println("timeout (wrong)")
		}
	}
	never := make(chan int)
	go func() {
		// Blocks for ever: nobody receives on a separate channel.
		var block chan int
		select {
		case <-block:
		case <-time.After(time.Hour):
		}
		never <- 1
	}()
	select {
	case v := <-never:
		fmt.Println("got", v, "(wrong)")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting")
	}
	// A timer in a loop: three timeouts in a row.
	n := 0
	for n < 3 {
		select {
		case <-never:
		case <-time.After(5 * time.Millisecond):
			n++
		}
	}
	fmt.Println("timeouts:", n)
	el := time.Since(start)
	fmt.Println("took at least 35ms:", el >= 35*time.Millisecond, "under 2s:", el < 2*time.Second)
}
