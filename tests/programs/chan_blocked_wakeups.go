// Goroutines blocked in send, receive and select are woken by the operation that
// completes theirs: direct hand-off on unbuffered channels, a full buffer freed by a
// receive, close waking receivers with zero values, and a blocked select woken by
// either of its channels.
package main

import "fmt"

type msg struct {
	id   int
	text string
	data []int
}

func main() {
	// Unbuffered hand-off of a pointerful value.
	c := make(chan msg)
	go func() { c <- msg{1, "one", []int{1, 2, 3}} }()
	m := <-c
	fmt.Println(m.id, m.text, m.data)

	// A sender blocked on a full buffer.
	full := make(chan int, 2)
	full <- 1
	full <- 2
	sent := make(chan bool)
	go func() {
		full <- 3
		sent <- true
	}()
	fmt.Println(<-full)
	<-sent
	fmt.Println(<-full, <-full)

	// Receivers blocked on a channel that gets closed.
	cl := make(chan string)
	got := make(chan string)
	for i := 0; i < 3; i++ {
		go func() {
			v, ok := <-cl
			got <- fmt.Sprintf("%q %v", v, ok)
		}()
	}
	close(cl)
	for i := 0; i < 3; i++ {
		fmt.Println(<-got)
	}

	// A blocked select woken by a send, then by a receive.
	x := make(chan int)
	y := make(chan int)
	res := make(chan string)
	go func() {
		select {
		case v := <-x:
			res <- fmt.Sprint("x ", v)
		case y <- 7:
			res <- "sent y"
		}
	}()
	x <- 42
	fmt.Println(<-res)
	go func() {
		select {
		case v := <-x:
			res <- fmt.Sprint("x ", v)
		case y <- 7:
			res <- "sent y"
		}
	}()
	fmt.Println(<-y)
	fmt.Println(<-res)

	// A sender blocked (or about to block) when the channel is closed panics; it
	// recovers in its own goroutine.
	bs := make(chan int)
	out := make(chan string)
	go func() {
		defer func() { out <- fmt.Sprint(recover()) }()
		bs <- 1
	}()
	close(bs)
	fmt.Println(<-out)
}
