// Checks stack growth during panic unwinding in goroutines: deferred functions
// recurse deeply (new segments) while the goroutine is panicking, then a
// deferred recover stops the panic; a select parks deep in a recursion.
package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	var pad [20]int
	pad[n%20] = 1
	if n == 0 {
		return 0
	}
	return depth(n-1) + pad[n%20]
}

func parkDeep(n int, c chan int) int {
	var pad [20]int
	pad[n%20] = n
	if n == 0 {
		select {
		case v := <-c:
			return v
		}
	}
	return parkDeep(n-1, c) + pad[n%20] - n
}

func main() {
	var wg sync.WaitGroup
	res := make([]string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			defer func() {
				r := recover()
				res[g] = fmt.Sprint(res[g], " recovered ", r)
			}()
			defer func() {
				// Runs while panicking: deep recursion here grows the stack.
				res[g] = fmt.Sprint("in defer depth ", depth(10000*(g+1)))
			}()
			panic(fmt.Sprint("p", g))
		}(g)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
	chans := make([]chan int, 4)
	out := make(chan int, 4)
	for g := range chans {
		chans[g] = make(chan int)
		go func(g int) { out <- parkDeep(5000*(g+1), chans[g]) }(g)
	}
	for g, c := range chans {
		c <- g * 100
	}
	s := 0
	for range chans {
		s += <-out
	}
	fmt.Println("parked sum:", s)
}
