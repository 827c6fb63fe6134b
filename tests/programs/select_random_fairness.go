// Checks that select chooses randomly among several ready cases: over many
// rounds with two always-ready channels filled by goroutines, both are chosen.
package main

import "fmt"

func fill(c chan<- int, v, n int) {
	for i := 0; i < n; i++ {
		c <- v
	}
	close(c)
}

func main() {
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	done := make(chan bool)
	go func() { fill(a, 1, 1000); done <- true }()
	go func() { fill(b, 2, 1000); done <- true }()
	<-done
	<-done
	counts := map[int]int{}
	for i := 0; i < 1000; i++ {
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		}
	}
	fmt.Println("both chosen:", counts[1] > 100 && counts[2] > 100, "total:", counts[1]+counts[2])
	// Drain the rest: every value arrives once.
	rest := 0
	for a != nil || b != nil {
		select {
		case _, ok := <-a:
			if !ok {
				a = nil
			} else {
				rest++
			}
		case _, ok := <-b:
			if !ok {
				b = nil
			} else {
				rest++
			}
		}
	}
	fmt.Println("rest:", rest)
}
