// Stack roots that escape analysis created: a non-escaping holder in the frame points to heap nodes while garbage is allocated and collections run; the nodes must survive.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  []int
}

type holder struct {
	n   *node
	buf [16]*node
}

func churn() int {
	t := 0
	for i := 0; i < 2000; i++ {
		x := make([]int, 100+i%50)
		t += len(x)
	}
	return t
}

func main() {
	total := 0
	for round := 0; round < 50; round++ {
		h := &holder{} // stays in the frame; points to heap nodes
		for i := range h.buf {
			h.buf[i] = &node{val: make([]int, 8)}
			h.buf[i].val[3] = round + i
		}
		h.n = h.buf[5]
		total += churn()
		if round%10 == 0 {
			runtime.GC()
		}
		s := 0
		for _, n := range h.buf {
			s += n.val[3]
		}
		total += s + h.n.val[3]
	}
	fmt.Println(total)
}
