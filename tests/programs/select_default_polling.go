// Checks select with default in a polling loop: non-blocking receives and sends
// while a worker produces, counting how many items arrived until it is done.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	data := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 20; i++ {
			data <- i
		}
		done <- true
	}()
	sum, count, finished := 0, 0, false
	for !finished || len(data) > 0 {
		select {
		case v := <-data:
			sum += v
			count++
		case <-done:
			finished = true
		default:
			runtime.Gosched()
		}
	}
	fmt.Println("received", count, "sum", sum)

	// Non-blocking send on a full buffer falls to default.
	full := make(chan int, 1)
	dropped := 0
	for i := 0; i < 5; i++ {
		select {
		case full <- i:
		default:
			dropped++
		}
	}
	fmt.Println("kept", <-full, "dropped", dropped)

	// Poll a flag set by another goroutine, sleeping between polls.
	flag := make(chan struct{})
	polled := make(chan struct{})
	go func() {
		<-polled // close the flag only once main has polled at least once
		time.Sleep(5 * time.Millisecond)
		close(flag)
	}()
	polls := 0
	for {
		select {
		case <-flag:
			fmt.Println("flag seen after polling:", polls > 0)
			return
		default:
			polls++
			if polls == 1 {
				close(polled)
			}
			time.Sleep(time.Millisecond)
		}
	}
}
