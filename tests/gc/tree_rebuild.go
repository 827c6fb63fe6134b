// Checks a long-lived binary tree of pointer-linked structs whose subtrees are replaced many times while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type node struct {
	left, right *node
	key         int
	gen         int
	val         uint64
	tag         string
	pad         []int
}

var seed uint64 = 0x9E3779B97F4A7C15

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func mix(key, gen int) uint64 {
	x := uint64(key)*0x100000001B3 ^ uint64(gen)*0x9E3779B97F4A7C15
	x ^= x >> 29
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 32
	return x
}

func build(key, depth, gen int) *node {
	n := &node{key: key, gen: gen, val: mix(key, gen), tag: "k" + strconv.Itoa(key)}
	n.pad = make([]int, 1+key%5)
	for i := range n.pad {
		n.pad[i] = key*7 + i + gen
	}
	if depth > 0 {
		n.left = build(2*key, depth-1, gen)
		n.right = build(2*key+1, depth-1, gen)
	}
	return n
}

type stats struct {
	nodes  int
	sum    uint64
	gensum int
}

func check(n *node, key, depth int, st *stats) {
	if n.key != key || n.val != mix(key, n.gen) || n.tag != "k"+strconv.Itoa(key) || len(n.pad) != 1+key%5 {
		fmt.Println("FAIL node", key, n.key, n.gen)
		os.Exit(1)
	}
	for i, p := range n.pad {
		if p != key*7+i+n.gen {
			fmt.Println("FAIL pad", key, i, p)
			os.Exit(1)
		}
	}
	st.nodes++
	st.sum += n.val
	st.gensum += n.gen
	if depth == 0 {
		if n.left != nil || n.right != nil {
			fmt.Println("FAIL leaf", key)
			os.Exit(1)
		}
		return
	}
	check(n.left, 2*key, depth-1, st)
	check(n.right, 2*key+1, depth-1, st)
}

// garbage allocates short-lived objects of assorted shapes and returns a
// value depending on all of them.
func garbage(n int) int {
	total := 0
	var keep *node
	for i := 0; i < n; i++ {
		s := make([]int, 8+i%24)
		s[len(s)-1] = i
		str := strconv.Itoa(i) + "-" + strconv.Itoa(len(s))
		g := &node{key: i, tag: str, pad: s}
		g.left = keep
		if i%4 == 0 {
			keep = g
		}
		total += len(g.tag) + g.pad[len(g.pad)-1]
	}
	return total
}

const depth = 14

func main() {
	root := build(1, depth, 0)
	var st stats
	check(root, 1, depth, &st)
	fmt.Println("initial nodes", st.nodes, "sum", st.sum, "gens", st.gensum)
	gtotal := 0
	for round := 1; round <= 10; round++ {
		for r := 0; r < 300; r++ {
			gen := round*1000 + r
			// Walk down a random path and replace a subtree of depth 4..9.
			sub := 4 + int(rnd()%6)
			n := root
			key := 1
			for d := depth; d > sub+1; d-- {
				if rnd()&1 == 0 {
					n = n.left
					key = 2 * key
				} else {
					n = n.right
					key = 2*key + 1
				}
			}
			if rnd()&1 == 0 {
				n.left = build(2*key, sub, gen)
			} else {
				n.right = build(2*key+1, sub, gen)
			}
			gtotal += garbage(200)
		}
		st = stats{}
		check(root, 1, depth, &st)
		fmt.Println("round", round, "nodes", st.nodes, "sum", st.sum, "gens", st.gensum)
	}
	fmt.Println("garbage total", gtotal)
}
