// Channels: make(chan) allocations always escape (the hchan is a heap object), a
// pointer sent on a channel escapes, a channel parameter only used for sending or
// receiving does not leak, and values received are treated as heap values.
package main

import "fmt"

type T struct{ p *int }

func sendPtr(c chan *int) { // ERROR "c does not escape$"
	x := 5 // ERROR "moved to heap: x$"
	c <- &x
}

func sendStruct(c chan T, v int) { // ERROR "c does not escape$" "moved to heap: v$"
	c <- T{&v}
}

func sendInt(c chan int, v int) { // ERROR "c does not escape$"
	c <- v
}

func recvPtr(c chan *int) *int { // ERROR "c does not escape$"
	return <-c
}

func local() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func newChan(n int) chan string {
	return make(chan string, n)
}

func closeIt(c chan int) { // ERROR "c does not escape$"
	close(c)
}

func lenCap(c chan int) int { // ERROR "c does not escape$"
	return len(c) + cap(c)
}

func selectSend(c, d chan *T) { // ERROR "c does not escape$" "d does not escape$"
	t := &T{} // ERROR "&T\{\} escapes to heap$"
	u := new(T) // ERROR "new\(T\) escapes to heap$"
	select {
	case c <- t:
	case d <- u:
	default:
	}
}

func selectRecv(c chan *int) *int { // ERROR "c does not escape$"
	select {
	case p := <-c:
		return p
	default:
		return nil
	}
}

func rangeChan(c chan []int) int { // ERROR "c does not escape$"
	n := 0
	for s := range c {
		n += len(s)
	}
	return n
}

func sendSlice(c chan []int) { // ERROR "c does not escape$"
	s := make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap$"
	c <- s
}

func main() {
	c := make(chan *int, 1)
	sendPtr(c)
	fmt.Println(*recvPtr(c), local(), cap(newChan(2))) // ERROR "\.\.\. argument does not escape$" "\*recvPtr\(c\) escapes to heap$" "local\(\) escapes to heap$" "cap\(newChan\(2\)\) escapes to heap$"
	ct := make(chan T, 1)
	sendStruct(ct, 3)
	fmt.Println(*(<-ct).p) // ERROR "\.\.\. argument does not escape$" "\*\(<-ct\)\.p escapes to heap$"
	ci := make(chan int, 2)
	sendInt(ci, 4)
	fmt.Println(lenCap(ci)) // ERROR "\.\.\. argument does not escape$" "lenCap\(ci\) escapes to heap$"
	closeIt(ci)
	ctp := make(chan *T, 1)
	selectSend(ctp, ctp)
	fmt.Println(selectRecv(c) == nil) // ERROR "\.\.\. argument does not escape$" "selectRecv\(c\) == nil escapes to heap$"
	cs := make(chan []int, 1)
	sendSlice(cs)
	close(cs)
	fmt.Println(rangeChan(cs)) // ERROR "\.\.\. argument does not escape$" "rangeChan\(cs\) escapes to heap$"
}
