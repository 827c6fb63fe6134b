// A select whose chosen send case is on a closed channel panics (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int, 1)
	var n chan int
	close(c)
	select {
	case n <- 1:
	case c <- 2:
	}
	fmt.Println("not reached")
}
