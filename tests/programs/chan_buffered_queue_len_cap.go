// Checks a buffered channel used as a FIFO queue between goroutines, with len
// and cap observed at points where they are deterministic.
package main

import "fmt"

func main() {
	q := make(chan string, 5)
	fmt.Println(len(q), cap(q))
	filled := make(chan bool)
	go func() {
		for _, s := range []string{"a", "b", "c", "d", "e"} {
			q <- s
		}
		filled <- true
	}()
	<-filled
	fmt.Println("full:", len(q), cap(q))
	fmt.Println(<-q, <-q)
	fmt.Println("after two receives:", len(q))
	// A producer blocked on the full buffer resumes as soon as there is room.
	q <- "f"
	q <- "g"
	sent := make(chan bool)
	go func() {
		q <- "h"
		sent <- true
	}()
	fmt.Println("len while producer blocked:", len(q))
	fmt.Println(<-q)
	<-sent
	fmt.Println("len after it resumed:", len(q))
	close(q)
	var rest []string
	for s := range q {
		rest = append(rest, s)
	}
	fmt.Println("rest in FIFO order:", rest, len(q))
	// A consumer goroutine drains in order.
	nums := make(chan int, 100)
	for i := 0; i < 100; i++ {
		nums <- i
	}
	close(nums)
	inOrder := make(chan bool)
	go func() {
		ok := true
		prev := -1
		for v := range nums {
			if v != prev+1 {
				ok = false
			}
			prev = v
		}
		inOrder <- ok && prev == 99
	}()
	fmt.Println("drained in order:", <-inOrder, len(nums), cap(nums))
}
