// range over a channel nobody closes: deadlock once it is drained (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int, 3)
	c <- 1
	c <- 2
	for v := range c {
		fmt.Println(v)
	}
	fmt.Println("not reached")
}
