// Checks changing GOMAXPROCS while goroutines run: from the environment's value
// to 1, then 2, then back, with workers computing throughout; results match.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(seed int) int {
	x := seed
	for i := 0; i < 200000; i++ {
		x = (x*31 + i) % 1000003
	}
	return x
}

func main() {
	orig := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	res := make([]int, 12)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = work(i)
		}(i)
		switch i {
		case 3:
			runtime.GOMAXPROCS(1)
		case 6:
			runtime.GOMAXPROCS(2)
		case 9:
			runtime.GOMAXPROCS(orig)
		}
	}
	wg.Wait()
	for i := range res {
		if res[i] != work(i) {
			fmt.Println("mismatch", i)
		}
	}
	fmt.Println(res)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == orig)
}
