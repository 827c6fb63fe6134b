// Checks Go 1.19 loop-variable semantics with goroutines: passing the variable as
// an argument (or shadowing it) gives each goroutine its own value, while a
// closure over the shared variable sees the final value once the loop is done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var byArg, byShadow []int
	for i := 0; i < 5; i++ {
		wg.Add(2)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			byArg = append(byArg, n)
			mu.Unlock()
		}(i)
		i := i
		go func() {
			defer wg.Done()
			mu.Lock()
			byShadow = append(byShadow, i*10)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(byArg)
	sort.Ints(byShadow)
	fmt.Println(byArg)
	fmt.Println(byShadow)

	// Shared variable: goroutines wait until the loop ended, so all see 3.
	start := make(chan struct{})
	shared := make([]int, 3)
	var j int
	for j = 0; j < 3; j++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			<-start
			shared[slot] = j
		}(j)
	}
	close(start)
	wg.Wait()
	fmt.Println(shared)

	// range variables, key and value, passed as arguments.
	names := map[string]int{"a": 1, "b": 2, "c": 3}
	res := make(chan string, len(names))
	for k, v := range names {
		go func(k string, v int) { res <- fmt.Sprint(k, v) }(k, v)
	}
	var got []string
	for range names {
		got = append(got, <-res)
	}
	sort.Strings(got)
	fmt.Println(got)

	// A struct argument of go is copied when the go statement runs.
	type acc struct{ id int }
	out := make(chan int, 3)
	send := func(a acc) { out <- a.id }
	for _, a := range []acc{{7}, {8}, {9}} {
		go send(a)
	}
	s := <-out + <-out + <-out
	fmt.Println(s)
}
