// 1000 goroutines in a chain (Go's "daisy chain"): each adds one to what it receives
// from its right neighbour and passes it left.
package main

import "fmt"

func whisper(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 1000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println(<-leftmost)
}
