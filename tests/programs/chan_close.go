// Closing channels: a closed channel still delivers its buffered values, then zero
// values with ok == false; range stops at the end of a closed channel; the comma-ok
// receive in a := definition, an assignment, an if statement and a var declaration.
package main

import "fmt"

type pair struct {
	a int
	s string
}

func drain(c chan int) []int {
	var r []int
	for v := range c {
		r = append(r, v)
	}
	return r
}

func main() {
	c := make(chan int, 5)
	for i := 1; i <= 3; i++ {
		c <- i * 10
	}
	close(c)
	fmt.Println(len(c), cap(c))
	v, ok := <-c
	fmt.Println(v, ok)
	fmt.Println(drain(c))
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c, len(c))
	if w, ok := <-c; !ok {
		fmt.Println("closed", w)
	}
	var z, ok2 = <-c
	fmt.Println(z, ok2)

	p := make(chan pair, 2)
	p <- pair{1, "one"}
	close(p)
	x, ok := <-p
	fmt.Println(x, ok)
	x, ok = <-p
	fmt.Printf("%q %v %v\n", x.s, x.a, ok)

	s := make(chan string, 3)
	s <- "a"
	s <- "b"
	close(s)
	n := 0
	for range s {
		n++
	}
	fmt.Println(n)
	for v := range s {
		fmt.Println("never", v)
	}

	// Unbuffered and closed: receives complete at once.
	u := make(chan *pair)
	close(u)
	q, ok := <-u
	fmt.Println(q == nil, ok)

	// range with break and continue
	r := make(chan int, 10)
	for i := 0; i < 10; i++ {
		r <- i
	}
	close(r)
	sum := 0
	for v := range r {
		if v%2 == 0 {
			continue
		}
		if v > 7 {
			break
		}
		sum += v
	}
	fmt.Println(sum, len(r))

	// A receive-only view of a closed channel.
	var ro <-chan int = c
	_, ok = <-ro
	fmt.Println(ok)
}
