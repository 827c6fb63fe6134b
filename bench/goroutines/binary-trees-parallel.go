// binary-trees-parallel: the Benchmarks Game's binary-trees (after its description;
// our own code) with one goroutine per depth, in the manner of its Go #2 program.
//
// A stretch tree of depth N+1 is built, counted and dropped; a long-lived tree of
// depth N is built and kept to the end; then, for every depth D = 4, 6, ..., N, a
// goroutine builds and counts 2^(N-D+4) trees of depth D, one after the other. The
// goroutines run together (as many at once as there are Ps); each puts its line in
// its own slot, and main prints the slots in order once a WaitGroup says all are
// done, so the output is the sequential program's. Every node is a 16-byte heap
// object of two pointers: the collector runs beside several allocating goroutines.
//
// Usage: binary-trees-parallel [N]   (default 10)
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

const minDepth = 4

type node struct {
	left, right *node
}

func build(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	l := build(depth - 1)
	r := build(depth - 1)
	return &node{left: l, right: r}
}

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
			fmt.Println("usage: binary-trees-parallel [N]")
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

	lines := make([]string, (maxDepth-minDepth)/2+1)
	var wg sync.WaitGroup
	for d := minDepth; d <= maxDepth; d += 2 {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			iterations := 1 << uint(maxDepth-d+minDepth)
			check := 0
			for i := 0; i < iterations; i++ {
				check += build(d).count()
			}
			lines[(d-minDepth)/2] = fmt.Sprintf("%d\t trees of depth %d\t check: %d",
				iterations, d, check)
		}(d)
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}

	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.count())
}
