// gcbench: Hans Boehm's GCBench (after John Ellis and Pete Kovac's Java version),
// rewritten in Go for minigo: a single goroutine, no timing output of its own (the
// benchmark script measures wall-clock time, peak RSS and the collector's trace).
//
// It builds and drops a "stretch" tree of depth N+2, then keeps a long-lived tree
// of depth N and a long-lived array of 500000 float64 (half of them set) for the
// whole run. Then, for every depth D from 4 to N in steps of 2, it builds as many
// trees of depth D as make up twice the nodes of the stretch tree, each tree once
// top-down (allocate the parent, then populate its children) and once bottom-up
// (allocate the children, then their parent), and drops them. Nodes are 24-byte
// objects with two pointers and two int32 fields, like the Java original's.
//
// Usage: gcbench [N]   (default 16, Boehm's constants: stretch tree 18, long-lived
// tree 16, trees of depth 4..16)
package main

import (
	"fmt"
	"os"
	"strconv"
)

const (
	minTreeDepth = 4
	arraySize    = 500000
)

type node struct {
	left, right *node
	i, j        int32
}

// treeSize returns the number of nodes of a perfect tree of depth i.
func treeSize(i int) int {
	return (1 << uint(i+1)) - 1
}

// numIters returns how many trees of depth i together have twice the nodes of the
// stretch tree.
func numIters(i, stretchDepth int) int {
	return 2 * treeSize(stretchDepth) / treeSize(i)
}

// populate builds the tree top-down: n is allocated before its children.
func populate(depth int, n *node) {
	if depth <= 0 {
		return
	}
	depth--
	n.left = &node{}
	n.right = &node{}
	populate(depth, n.left)
	populate(depth, n.right)
}

// makeTree builds the tree bottom-up: the children are allocated before n.
func makeTree(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{left: makeTree(depth - 1), right: makeTree(depth - 1)}
}

// count returns the number of nodes of the tree.
func count(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.left) + count(n.right)
}

// timeConstruction builds numIters(depth) trees of the given depth top-down, then as
// many bottom-up, dropping each tree as soon as it is built, and returns the number
// of nodes built (checked on the last tree of each kind).
func timeConstruction(depth, stretchDepth int) int {
	iters := numIters(depth, stretchDepth)
	fmt.Printf("Creating %d trees of depth %d\n", iters, depth)
	built := 0

	fmt.Println("\tTop down construction")
	var last *node
	for i := 0; i < iters; i++ {
		last = &node{}
		populate(depth, last)
		built += treeSize(depth)
	}
	if count(last) != treeSize(depth) {
		fmt.Println("\tFailed: wrong top-down tree size", count(last))
	}

	fmt.Println("\tBottom up construction")
	for i := 0; i < iters; i++ {
		last = makeTree(depth)
		built += treeSize(depth)
	}
	if count(last) != treeSize(depth) {
		fmt.Println("\tFailed: wrong bottom-up tree size", count(last))
	}
	return built
}

func main() {
	maxTreeDepth := 16
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < minTreeDepth {
			fmt.Printf("usage: gcbench [N]   (N >= %d)\n", minTreeDepth)
			os.Exit(2)
		}
		maxTreeDepth = v
	}
	stretchDepth := maxTreeDepth + 2
	longLivedDepth := maxTreeDepth

	fmt.Println("Garbage Collector Test")
	fmt.Printf(" Live storage will peak at %d bytes.\n\n",
		2*24*treeSize(longLivedDepth)+8*arraySize)
	fmt.Printf(" Stretching memory with a binary tree of depth %d\n", stretchDepth)
	stretch := makeTree(stretchDepth)
	fmt.Printf(" (%d nodes)\n", count(stretch))
	stretch = nil

	fmt.Printf(" Creating a long-lived binary tree of depth %d\n", longLivedDepth)
	longLived := &node{}
	populate(longLivedDepth, longLived)

	fmt.Printf(" Creating a long-lived array of %d doubles\n", arraySize)
	array := make([]float64, arraySize)
	for i := 0; i < arraySize/2; i++ {
		array[i] = 1.0 / float64(i)
	}

	built := 0
	for d := minTreeDepth; d <= maxTreeDepth; d += 2 {
		built += timeConstruction(d, stretchDepth)
	}

	if longLived == nil || array[1000] != 1.0/1000 {
		fmt.Println("Failed")
	}
	fmt.Printf("Built %d short-lived nodes; long-lived tree: %d nodes, array[1000] = %g\n",
		built, count(longLived), array[1000])
}
