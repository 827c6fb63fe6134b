// Checks that the deadlock is detected only once sleeping goroutines finish:
// while one sleeps, main blocked on a channel is not a deadlock; after it
// exits, everything left is blocked and Go reports the deadlock (exit 2).
package main

import (
	"fmt"
	"time"
)

var woke bool

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		woke = true
		c <- 1
	}()
	fmt.Println("got", <-c, woke)
	go func() {
		time.Sleep(10 * time.Millisecond)
	}()
	go func() {
		<-c
	}()
	<-c
	fmt.Println("not reached")
}
