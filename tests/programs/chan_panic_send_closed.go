// A send on a closed channel panics, even with room in the buffer (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan string, 2)
	c <- "a"
	close(c)
	c <- "b"
	fmt.Println("not reached")
}
