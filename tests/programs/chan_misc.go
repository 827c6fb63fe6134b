// Channels in more places: package-level initializers, big elements in select and
// range, struct fields and ==, zero-size elements, select in a function that defers
// (calls that may panic become invokes), deferred receives, arrays, slices and
// function results of channel type, type switches on channel types.
package main

import (
	"fmt"
	"strings"
)

var global = make(chan string, 4)
var gv = func() int { global <- "init"; return 1 }()

type big struct {
	a [30]int
	s string
}

type holder struct {
	c chan int
	n int
}

func mkbig(s string) big {
	var b big
	b.s = s
	b.a[29] = len(s)
	return b
}

func withDefer(c chan int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	select {
	case v := <-c:
		return v
	case c <- 5:
		return 100
	}
}

func sendClosed(c chan int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	select {
	case c <- 5:
		return 100
	}
}

func main() {
	fmt.Println(<-global, gv)
	bc := make(chan big, 2)
	select {
	case bc <- mkbig("hello"):
	}
	var bb big
	select {
	case bb = <-bc:
	}
	fmt.Println(bb.s, bb.a[29])
	bc <- mkbig("xy")
	var v big
	for v = range bc {
		fmt.Println(v.s)
		break
	}
	h1 := holder{make(chan int), 1}
	h2 := h1
	fmt.Println(h1 == h2, h1.c == h2.c)
	h2.c = make(chan int)
	fmt.Println(h1 == h2)
	z := make(chan [0]int, 3)
	z <- [0]int{}
	fmt.Println(len(z), cap(z))
	c := make(chan int, 1)
	fmt.Println(withDefer(c), withDefer(c))
	close(c)
	fmt.Println(sendClosed(c))
	c2 := make(chan int, 1)
	c2 <- 3
	defer fmt.Println("deferred recv", <-c2)
	words := make(chan string, 3)
	words <- "a"
	words <- "b"
	close(words)
	var sb strings.Builder
	for w := range words {
		sb.WriteString(w)
	}
	fmt.Println(sb.String())
	var arr [2]chan int
	arr[0] = make(chan int, 1)
	arr[0] <- 9
	fmt.Println(<-arr[0], arr[1] == nil)
	sl := []chan int{make(chan int, 1)}
	sl[0] <- 4
	x, ok := <-sl[0]
	fmt.Println(x, ok)
	fn := func() chan int { return sl[0] }
	fn() <- 11
	fmt.Println(<-fn())
	var ifc interface{} = make(chan bool)
	switch ifc.(type) {
	case chan int:
		fmt.Println("chan int")
	case chan bool:
		fmt.Println("chan bool")
	}
	var nc chan int
	select {
	case nc <- 1:
	default:
		fmt.Println("nil default")
	}
}
