// Checks select: default when nothing is ready, ready send and receive cases, nil channels never ready, closed channels.
package main

import "fmt"

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(tryRecv(ch))
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels block")
	}
	done := make(chan struct{})
	close(done)
	select {
	case _, ok := <-done:
		fmt.Println("closed, ok =", ok)
	}
	data := make(chan string, 1)
	data <- "payload"
	select {
	case s := <-data:
		fmt.Println("got", s)
	case <-nilCh:
		fmt.Println("never")
	}
	count := 0
	for i := 0; i < 5; i++ {
		select {
		case data <- "x":
			count++
		default:
		}
	}
	fmt.Println(count, len(data))
	select {
	default:
		fmt.Println("only default")
	}
}
