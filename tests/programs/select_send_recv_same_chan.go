// Checks goroutines each selecting on both a send and a receive on the same
// unbuffered channel: a select never pairs with itself, so the goroutines pair
// off, one sending and one receiving in each pair.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var sent, recv []int
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			select {
			case c <- i:
				mu.Lock()
				sent = append(sent, i)
				mu.Unlock()
			case v := <-c:
				mu.Lock()
				recv = append(recv, v)
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	sort.Ints(sent)
	sort.Ints(recv)
	same := len(sent) == len(recv)
	for k := range sent {
		if k < len(recv) && sent[k] != recv[k] {
			same = false
		}
	}
	fmt.Println("pairs:", len(sent), "every sent value received:", same)

	// A lone select with a send and a receive on the same channel blocks until
	// another goroutine takes part.
	d := make(chan string)
	res := make(chan string)
	go func() {
		select {
		case d <- "from select":
			res <- "sent"
		case v := <-d:
			res <- "received " + v
		}
	}()
	fmt.Println(<-d, <-res)
}
