// Checks the nil-channel trick: setting a channel variable to nil disables its
// select case, used to switch a send case on only when there is something to send.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			in <- i
		}
		close(in)
	}()
	results := make(chan []int)
	go func() {
		var got []int
		for v := range out {
			got = append(got, v)
		}
		results <- got
	}()
	// A buffering relay: the send case is enabled (sendCh = out) only when the
	// pending queue is non-empty; the receive case is disabled once in is closed.
	var pending []int
	inCh := in
	for inCh != nil || len(pending) > 0 {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case v, ok := <-inCh:
			if !ok {
				inCh = nil
				continue
			}
			pending = append(pending, v*v)
		case sendCh <- next:
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println(<-results)

	// With every case nil, only default can run.
	var a chan int
	var b chan string
	select {
	case <-a:
		fmt.Println("a (wrong)")
	case b <- "x":
		fmt.Println("b (wrong)")
	default:
		fmt.Println("all cases disabled")
	}
}
