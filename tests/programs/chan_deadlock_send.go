// Sending on a full channel with no other goroutine: Go's deadlock (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int)
	c <- 1
	fmt.Println("not reached")
}
