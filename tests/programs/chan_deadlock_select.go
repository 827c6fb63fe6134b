// A blocking select none of whose cases can proceed: deadlock (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int)
	d := make(chan int, 1)
	d <- 1
	var n chan int
	select {
	case <-c:
	case d <- 2:
	case <-n:
	}
	fmt.Println("not reached")
}
