// Checks buffered channels: len and cap, FIFO order, comma-ok receive after close, zero values from closed channels.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	close(ch)
	for i := 0; i < 5; i++ {
		v, ok := <-ch
		fmt.Println(i, v, ok, len(ch))
	}
	nums := make(chan int, 10)
	for i := 0; i < 10; i++ {
		nums <- i
	}
	close(nums)
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println(sum, <-nums)
	var unb chan int
	fmt.Println(unb == nil, len(unb), cap(unb))
	type msg struct {
		id   int
		body string
	}
	mc := make(chan msg, 2)
	mc <- msg{1, "hi"}
	mc <- msg{id: 2}
	m1, m2 := <-mc, <-mc
	fmt.Println(m1.id, m1.body, m2.id, m2.body == "")
	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	chch <- inner
	(<-chch) <- 99
	fmt.Println(<-inner)
	var sendOnly chan<- int = inner
	sendOnly <- 5
	var recvOnly <-chan int = inner
	fmt.Println(<-recvOnly)
}
