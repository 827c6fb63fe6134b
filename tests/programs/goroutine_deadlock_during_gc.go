// Checks that a deadlock is still reported when every goroutine blocks while the
// collector is marking: a large live heap and GOGC=10 keep a cycle running nearly all
// the time, and the goroutines block, one on a channel and main on a WaitGroup, right
// after allocating. (An M that goes idle during marking leaves the check to the
// collector, which runs it when its cycle ends.)
package main

import (
	"fmt"
	"runtime/debug"
	"sync"
)

type node struct {
	next *node
	val  [6]int
}

var live *node

func churn(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		b := make([]*node, 8)
		b[i%8] = &node{}
		sum += len(b)
	}
	return sum
}

func main() {
	debug.SetGCPercent(10)
	for i := 0; i < 500000; i++ {
		live = &node{next: live}
	}
	var wg sync.WaitGroup
	wg.Add(1)
	block := make(chan int)
	go func() {
		churn(200000)
		<-block
		wg.Done()
	}()
	fmt.Println("churned", churn(300000))
	wg.Wait()
	fmt.Println("not reached")
}
