// Two goroutines pass a counter back and forth over unbuffered channels.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for v := range in {
		if v >= 1000 {
			close(out)
			done <- name
			return
		}
		out <- v + 1
	}
	done <- name
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string, 2)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	a, b := <-done, <-done
	fmt.Println(a < b || a > b, len(done))
	fmt.Println("finished")
}
