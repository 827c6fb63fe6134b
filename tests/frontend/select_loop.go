// Checks select in a loop over several channels with deterministic outcomes (quit channel, nil-ing finished channels).
package main

import "fmt"

func fib(out chan<- int, quit <-chan struct{}) {
	a, b := 0, 1
	for {
		select {
		case out <- a:
			a, b = b, a+b
		case <-quit:
			close(out)
			return
		}
	}
}

func merge(a, b <-chan int) []int {
	var got []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	return got
}

func source(vals ...int) <-chan int {
	ch := make(chan int, len(vals))
	for _, v := range vals {
		ch <- v
	}
	close(ch)
	return ch
}

func main() {
	out := make(chan int)
	quit := make(chan struct{})
	go fib(out, quit)
	for i := 0; i < 10; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
	quit <- struct{}{}
	_, ok := <-out
	fmt.Println(ok)
	got := merge(source(1, 3, 5), source(2, 4))
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println(len(got), sum)
}
