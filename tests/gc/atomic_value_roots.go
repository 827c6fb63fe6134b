// Checks that an atomic.Value holding the only pointer to a structure keeps it alive:
// in a global and in a heap object, swapped and compared-and-swapped while the program
// allocates ~250 MB (the stores go through the runtime's atomic.Value helpers, which
// shade for the write barrier), verified after each round and after runtime.GC().
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type node struct {
	id   int
	next *node
	data []byte
}

func chain(n, base int) *node {
	var head *node
	for i := n - 1; i >= 0; i-- {
		head = &node{id: base + i, next: head, data: make([]byte, 64)}
		head.data[0] = byte(i)
	}
	return head
}

func check(p *node, n, base int) bool {
	for i := 0; i < n; i++ {
		if p == nil || p.id != base+i || p.data[0] != byte(i) {
			return false
		}
		p = p.next
	}
	return p == nil
}

var global atomic.Value

type box struct {
	v atomic.Value
}

var garbage []*node

func churn() {
	for i := 0; i < 20000; i++ {
		garbage = append(garbage, &node{id: i, data: make([]byte, 128)})
		if len(garbage) > 100 {
			garbage = garbage[:0]
		}
	}
}

func main() {
	global.Store(chain(100, 0))
	b := &box{}
	b.v.Store(chain(50, 1000))
	ok := true
	for round := 0; round < 30; round++ {
		churn()
		if round%3 == 0 {
			runtime.GC()
		}
		old := global.Swap(chain(100, round*10)).(*node)
		if round > 0 && !check(old, 100, (round-1)*10) {
			ok = false
		}
		cur := b.v.Load().(*node)
		if !b.v.CompareAndSwap(cur, chain(50, 1000+round)) {
			ok = false
		}
		churn()
		if !check(b.v.Load().(*node), 50, 1000+round) {
			ok = false
		}
	}
	runtime.GC()
	fmt.Println(ok, check(global.Load().(*node), 100, 290), check(b.v.Load().(*node), 50, 1029))
}
