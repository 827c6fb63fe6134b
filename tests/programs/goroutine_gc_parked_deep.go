// Checks that the collector finds pointers held only on the stacks of parked
// goroutines, including frames deep in a recursion spanning many stack
// segments, while main allocates garbage and calls runtime.GC.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	val  int
	next *node
	buf  []byte
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: seed + i, next: head, buf: make([]byte, 16)}
		head.buf[0] = byte(i)
	}
	return head
}

func check(l *node, n, seed int) bool {
	for i := n - 1; i >= 0; i-- {
		if l == nil || l.val != seed+i || l.buf[0] != byte(i) {
			return false
		}
		l = l.next
	}
	return l == nil
}

// descend holds one list per frame and parks at the bottom.
func descend(depth int, parked *sync.WaitGroup, release <-chan struct{}) bool {
	l := build(3, depth*10)
	var pad [24]int
	pad[depth%24] = depth
	if depth == 0 {
		parked.Done()
		<-release
		return check(l, 3, 0)
	}
	ok := descend(depth-1, parked, release)
	return ok && check(l, 3, depth*10) && pad[depth%24] == depth
}

func main() {
	var parked, done sync.WaitGroup
	release := make(chan struct{})
	results := make([]bool, 6)
	for g := 0; g < 6; g++ {
		parked.Add(1)
		done.Add(1)
		go func(g int) {
			defer done.Done()
			results[g] = descend(500+g*300, &parked, release)
		}(g)
	}
	parked.Wait()
	var garbage []*node
	for round := 0; round < 30; round++ {
		garbage = append(garbage, build(200, round))
		if len(garbage) > 3 {
			garbage = garbage[1:]
		}
		if round%5 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	close(release)
	done.Wait()
	fmt.Println(results, len(garbage))
}
