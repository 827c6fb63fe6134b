// Checks time.Tick in a select loop with a work channel and a deadline from
// time.After: the loop runs until it saw all the work and at least three ticks,
// then waits for the producer's done signal.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(2 * time.Millisecond)
	work := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			work <- i
		}
		time.Sleep(30 * time.Millisecond)
		close(done)
	}()
	ticks, sum := 0, 0
	timeout := time.After(5 * time.Second)
	for ticks < 3 || sum < 15 {
		select {
		case <-tick:
			ticks++
		case v := <-work:
			sum += v
		case <-timeout:
			fmt.Println("timeout (wrong)")
			return
		}
	}
	<-done
	fmt.Println("sum:", sum, "ticked:", ticks >= 3)
}
