// Receiving from an empty channel with no other goroutine: Go's deadlock (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int, 1)
	c <- 1
	fmt.Println(<-c)
	<-c
	fmt.Println("not reached")
}
