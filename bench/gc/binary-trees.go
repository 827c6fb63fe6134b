// binary-trees: allocates and walks perfect binary trees, the allocation and
// collection benchmark of the Computer Language Benchmarks Game (written from the
// benchmark's description, single goroutine).
//
// A "stretch" tree of depth N+1 is built, counted and dropped; then a long-lived
// tree of depth N is built and kept until the end; then, for every depth D from 4
// to N in steps of 2, 2^(N-D+4) short-lived trees of depth D are built and counted
// one after the other. Every node is a separate heap object of two pointers, so the
// program is a stream of 16-byte allocations, almost all of them garbage by the
// time the next tree is built, over a live heap of 2^(N+1) nodes.
//
// Usage: binary-trees [N]   (default 10; 18 for routine runs, 21 for the record)
package main

import (
	"fmt"
	"os"
	"strconv"
)

const minDepth = 4

type node struct {
	left, right *node
}

// build returns a new perfect tree of the given depth (depth 0: a single leaf),
// built bottom-up: the children before their parent.
func build(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	l := build(depth - 1)
	r := build(depth - 1)
	return &node{left: l, right: r}
}

// count returns the number of nodes of the tree.
func (n *node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			fmt.Println("usage: binary-trees [N]")
			os.Exit(2)
		}
		n = v
	}
	maxDepth := n
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}

	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, build(stretch).count())

	longLived := build(maxDepth)

	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += build(d).count()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, d, check)
	}

	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.count())
}
