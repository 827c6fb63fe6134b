// Buffered channels in one goroutine: FIFO order, wrap-around of the ring buffer,
// len/cap, element types of every shape, nil channels, == and channels as map keys
// and in interfaces.
package main

import "fmt"

type point struct{ x, y int }

type big struct {
	a [20]int
	s string
}

func main() {
	c := make(chan int, 4)
	fmt.Println(len(c), cap(c))
	// Several rounds so that sendx/recvx wrap around.
	next := 0
	for round := 0; round < 5; round++ {
		for i := 0; i < 3; i++ {
			c <- next
			next++
		}
		fmt.Print(len(c), ": ")
		for i := 0; i < 3; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
	}
	for i := 0; i < 4; i++ {
		c <- i * i
	}
	fmt.Println(len(c), cap(c), <-c, <-c, len(c))

	s := make(chan string, 2)
	s <- "hello"
	s <- "world"
	fmt.Println(<-s + ", " + <-s)

	p := make(chan *point, 1)
	p <- &point{3, 4}
	q := <-p
	fmt.Println(*q)

	pv := make(chan point, 1)
	pv <- point{5, 6}
	fmt.Println(<-pv)

	b := make(chan big, 3)
	b <- big{s: "first", a: [20]int{0: 1, 19: 19}}
	b <- big{s: "second"}
	x := <-b
	fmt.Println(x.s, x.a[0], x.a[19], (<-b).s)

	e := make(chan struct{}, 3)
	e <- struct{}{}
	e <- struct{}{}
	fmt.Println(len(e), cap(e))
	<-e
	fmt.Println(len(e))

	f := make(chan func() int, 1)
	f <- func() int { return 99 }
	fmt.Println((<-f)())

	ifc := make(chan interface{}, 3)
	ifc <- 1
	ifc <- "two"
	ifc <- point{3, 3}
	fmt.Println(<-ifc, <-ifc, <-ifc)

	cc := make(chan chan int, 1)
	cc <- c
	fmt.Println(<-cc == c)

	var nc chan int
	fmt.Println(nc == nil, len(nc), cap(nc))

	u := make(chan int)
	fmt.Println(len(u), cap(u), u != nil, u == c)

	m := map[chan int]string{c: "c", u: "u"}
	fmt.Println(m[c], m[u], m[nc] == "", len(m))

	var i interface{} = c
	d, ok := i.(chan int)
	fmt.Println(ok, d == c, i == interface{}(c), i == interface{}(u))
	_, ok = i.(<-chan int)
	fmt.Println(ok)
	var ro <-chan int = c
	var so chan<- int = c
	so <- 7
	fmt.Println(len(ro), cap(so))
	fmt.Printf("%T %T %T %T\n", c, ro, so, cc)

	var sz uint8 = 2
	c8 := make(chan int8, sz)
	c8 <- -1
	fmt.Println(<-c8, cap(c8))
}

// Receives are ordered with the calls of a statement, left to right.
func init() {
	c := make(chan int, 4)
	for i := 0; i < 4; i++ {
		c <- i
	}
	fmt.Println(len(c), cap(c), <-c, <-c, len(c))
	x := <-c*10 + <-c
	fmt.Println(x, len(c))
}
