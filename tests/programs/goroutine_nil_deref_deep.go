// Checks a nil pointer dereference deep in a goroutine's recursion (its stack
// spread over several segments), not recovered: Go's runtime error with the
// SIGSEGV line, exit 2, after the output main printed.
package main

import (
	"fmt"
	"time"
)

type node struct {
	next *node
	val  int
}

func walk(n *node, depth int) int {
	var pad [16]int
	pad[depth%16] = depth
	if depth == 0 {
		return n.val // n is nil here
	}
	return walk(n, depth-1) + pad[depth%16]
}

func main() {
	fmt.Println("start")
	go func() {
		walk(nil, 20000)
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
