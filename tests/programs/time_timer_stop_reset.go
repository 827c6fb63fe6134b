// Checks time.Timer used between goroutines: a watchdog timer reset by a
// heartbeat goroutine never fires while heartbeats keep coming (1 ms beats, 1 s
// timeout), then fires once they stop; Stop reports whether it was pending.
package main

import (
	"fmt"
	"time"
)

func main() {
	wd := time.NewTimer(time.Second)
	beats := make(chan int)
	go func() {
		for i := 1; i <= 20; i++ {
			time.Sleep(time.Millisecond)
			beats <- i
		}
		close(beats)
	}()
	n := 0
loop:
	for {
		select {
		case _, ok := <-beats:
			if !ok {
				break loop
			}
			n++
			if !wd.Stop() {
				<-wd.C
			}
			wd.Reset(time.Second)
		case <-wd.C:
			fmt.Println("watchdog fired early (wrong)")
			return
		}
	}
	fmt.Println("heartbeats:", n)
	wd.Reset(5 * time.Millisecond)
	<-wd.C
	fmt.Println("watchdog fired after heartbeats stopped")
	fmt.Println("stop after fire:", wd.Stop())

	// A timer stopped by another goroutine never delivers.
	t := time.NewTimer(300 * time.Millisecond)
	stopped := make(chan bool)
	go func() { stopped <- t.Stop() }()
	fmt.Println("stopped while pending:", <-stopped)
	select {
	case <-t.C:
		fmt.Println("fired (wrong)")
	case <-time.After(400 * time.Millisecond):
		fmt.Println("no delivery after Stop")
	}
}
