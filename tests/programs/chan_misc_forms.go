// Checks less common channel forms with goroutines: select assigning into
// existing variables, a map element and a struct field; for range over a
// channel without variables; channels compared and used as map keys;
// directional conversions; len and cap of nil channels.
package main

import "fmt"

type box struct{ v int }

func main() {
	c := make(chan int, 3)
	go func() {
		c <- 1
		c <- 2
		c <- 3
	}()
	var x int
	var ok bool
	m := map[string]int{}
	var b box
	select {
	case x, ok = <-c:
	}
	select {
	case m["k"] = <-c:
	}
	select {
	case b.v = <-c:
	}
	fmt.Println(x, ok, m, b.v)

	d := make(chan string)
	go func() {
		for i := 0; i < 4; i++ {
			d <- "x"
		}
		close(d)
	}()
	n := 0
	for range d {
		n++
	}
	fmt.Println("ranged:", n)

	e1, e2 := make(chan int), make(chan int)
	var send chan<- int = e1
	var recv <-chan int = e1
	fmt.Println(e1 == e2, send == e1, recv == e1)
	owners := map[chan int]string{e1: "one", e2: "two"}
	go func(s chan<- int) { s <- 5 }(send)
	fmt.Println(owners[e1], <-recv)

	var nc chan int
	fmt.Println(len(nc), cap(nc), nc == nil)
	cc := make(chan chan<- int, 1)
	cc <- e2
	go func() { (<-cc) <- 7 }()
	fmt.Println(<-e2)
}
