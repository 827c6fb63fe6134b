// Checks select's evaluation rules with goroutines: every channel operand and
// send value is evaluated once, in source order, even for cases not chosen;
// a labeled break leaves the loop around the select.
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
	a := make(chan int)
	b := make(chan int, 1)
	ready := make(chan int, 1)
	ready <- 5
	select {
	case a <- val("a", 1):
	case v := <-ch("ready", ready):
		trace = append(trace, fmt.Sprint("got ", v))
	case ch("b", b) <- val("b", 2):
		trace = append(trace, "sent b")
	}
	// Exactly one of "got 5" / "sent b" happened; normalize.
	last := trace[len(trace)-1]
	fmt.Println(trace[:len(trace)-1], last == "got 5" || last == "sent b")

	results := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 5; i++ {
			results <- i
		}
		quit <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-results:
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum:", sum)
}
