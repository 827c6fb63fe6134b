// select in one goroutine: default in all its forms, nil channels, closed channels,
// evaluation order of the operands, break, and a random choice among ready cases
// (only deterministic properties are printed).
package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func main() {
	c := make(chan int, 1)
	var nilc chan int

	// send with default
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full", i)
		}
	}
	// receive forms with default
	select {
	case v := <-c:
		fmt.Println("recv", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-c:
		fmt.Println("recv", v)
	default:
		fmt.Println("empty")
	}
	c <- 5
	select {
	case v, ok := <-c:
		fmt.Println("recv", v, ok)
	default:
		fmt.Println("empty")
	}
	c <- 6
	select {
	case <-c:
		fmt.Println("discarded")
	default:
	}
	var v int
	var ok bool
	c <- 7
	select {
	case v, ok = <-c:
	default:
	}
	fmt.Println(v, ok)
	select {
	default:
		fmt.Println("only default")
	}

	// nil channels never fire
	select {
	case <-nilc:
		fmt.Println("nil recv")
	case nilc <- 1:
		fmt.Println("nil send")
	default:
		fmt.Println("nil: default")
	}
	c <- 8
	select {
	case <-nilc:
		fmt.Println("nil recv")
	case x := <-c:
		fmt.Println("c beats nil", x)
	}

	// Operands evaluated once, in source order, before choosing; the receive's
	// left-hand side only in the chosen case.
	a := make(chan int) // never ready
	b := make(chan int, 1)
	b <- 42
	var arr [3]int
	i := 1
	select {
	case ch("a", a) <- val("a", 1):
		fmt.Println("sent a")
	case arr[i] = <-ch("b", b):
		fmt.Println("recv b", arr)
	case ch("nil", nilc) <- val("nil", 2):
		fmt.Println("sent nil")
	case <-ch("a2", a):
		fmt.Println("recv a")
	}
	fmt.Println(trace)

	// closed channels: a receive is ready with the zero value
	d := make(chan string, 1)
	close(d)
	select {
	case s, ok := <-d:
		fmt.Printf("closed %q %v\n", s, ok)
	case <-a:
		fmt.Println("a")
	}

	// Several ready cases: each gets chosen sometimes.
	e := make(chan int, 1000)
	f := make(chan int, 1000)
	g := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		e <- i
		f <- i
	}
	ne, nf, ng := 0, 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-e:
			ne++
		case <-f:
			nf++
		case g <- i:
			ng++
		}
	}
	fmt.Println(ne > 100, nf > 100, ng > 100, ne+nf+ng, len(e)+len(f)+len(g) == 1000+2*ng)

	// break leaves the select, a labelled break the loop
	q := make(chan int, 10)
	for i := 0; i < 10; i++ {
		q <- i
	}
	close(q)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-q:
			if !ok {
				break loop
			}
			if v == 3 {
				break
			}
			sum += v
		}
	}
	fmt.Println(sum)

	// The same channel in several cases (the buffer is full: only the receive is ready).
	h := make(chan int, 1)
	h <- 1
	select {
	case x := <-h:
		fmt.Println("h recv", x)
	case h <- 2:
		fmt.Println("h send")
	}
	fmt.Println(len(h))
}
