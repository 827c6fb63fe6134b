// A select loop serving several goroutines: receives from two producers, a quit
// channel, and a send case to a consumer, until everything is done.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	out := make(chan int)
	quitA := make(chan bool)
	quitB := make(chan bool)
	result := make(chan int)
	go func() {
		for i := 0; i < 100; i++ {
			a <- i
		}
		close(quitA)
	}()
	go func() {
		for i := 0; i < 50; i++ {
			b <- fmt.Sprint(i)
		}
		quitB <- true
	}()
	go func() {
		total := 0
		for v := range out {
			total += v
		}
		result <- total
	}()
	na, nb, sumA := 0, 0, 0
	aDone, bDone := false, false
	pending := []int{}
	for !aDone || !bDone || len(pending) > 0 {
		var sendc chan int
		var next int
		if len(pending) > 0 {
			sendc = out
			next = pending[0]
		}
		select {
		case v := <-a:
			na++
			sumA += v
			pending = append(pending, v)
		case s := <-b:
			nb++
			_ = s
		case <-quitA:
			aDone = true
			quitA = nil
		case <-quitB:
			bDone = true
		case sendc <- next:
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println(na, nb, sumA, <-result)
}
