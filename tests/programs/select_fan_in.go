// Checks fan-in: a select loop merges three producers, each closing its channel
// when done; closed cases are disabled by setting the channel to nil. Results are
// order-independent (counts, sums, sorted values).
package main

import (
	"fmt"
	"sort"
)

func producer(base, n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- base + i
		}
		close(c)
	}()
	return c
}

func main() {
	a := producer(100, 5)
	b := producer(200, 7)
	c := producer(300, 3)
	var fromA, fromB, fromC []int
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fromA = append(fromA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fromB = append(fromB, v)
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			fromC = append(fromC, v)
		}
	}
	// Each producer's values arrive in its own order.
	fmt.Println(fromA)
	fmt.Println(fromB)
	fmt.Println(fromC)
	all := append(append(append([]int{}, fromC...), fromA...), fromB...)
	sort.Sort(sort.Reverse(sort.IntSlice(all)))
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println(len(all), sum, all[0], all[len(all)-1])
}
