// close of a closed channel panics (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int, 1)
	c <- 1
	close(c)
	fmt.Println(<-c)
	close(c)
	fmt.Println("not reached")
}
