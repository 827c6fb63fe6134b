// Checks that the ... arguments of a go statement (and of a defer) in a loop are each iteration's own: the slice is built when the statement runs and outlives the iteration.
package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	mu  sync.Mutex
	got []string
)

func report(wg *sync.WaitGroup, args ...any) {
	defer wg.Done()
	mu.Lock()
	got = append(got, fmt.Sprint(args...))
	mu.Unlock()
}

func sum(out *int, xs ...int) {
	for _, x := range xs {
		*out += x
	}
}

func deferred() (total int) {
	for i := 1; i <= 4; i++ {
		defer sum(&total, i, 10*i)
	}
	return 0
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go report(&wg, "goroutine ", i, " square ", i*i)
	}
	wg.Wait()
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
	fmt.Println("deferred total:", deferred())
}
