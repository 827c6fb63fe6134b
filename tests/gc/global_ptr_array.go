// Checks global roots: a [1<<16]*node array and other globals updated in place while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type node struct {
	slot  int
	gen   int
	data  []uint32
	next  *node // older generations of the same slot, at most chainMax long
	label string
}

const slots = 1 << 16
const chainMax = 2

var table [slots]*node

var gens [slots]int

// A global struct, a global slice and a global map with pointers.
var global struct {
	last   *node
	recent []*node
	byName map[string]*node
}

var seed uint64 = 0x6A09E667F3BCC909

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func mk(slot, gen int) *node {
	n := &node{slot: slot, gen: gen, data: make([]uint32, 1+(slot+gen)%12)}
	for i := range n.data {
		n.data[i] = uint32(slot*131 + gen*7 + i)
	}
	if gen%4 == 0 {
		n.label = "n" + strconv.Itoa(slot) + "g" + strconv.Itoa(gen)
	}
	return n
}

func checkNode(n *node, slot, gen int) uint64 {
	if n.slot != slot || n.gen != gen || len(n.data) != 1+(slot+gen)%12 {
		fmt.Println("FAIL node", slot, gen, n.slot, n.gen)
		os.Exit(1)
	}
	var s uint64
	for i, d := range n.data {
		if d != uint32(slot*131+gen*7+i) {
			fmt.Println("FAIL data", slot, gen, i)
			os.Exit(1)
		}
		s += uint64(d)
	}
	if gen%4 == 0 && n.label != "n"+strconv.Itoa(slot)+"g"+strconv.Itoa(gen) {
		fmt.Println("FAIL label", slot, gen)
		os.Exit(1)
	}
	return s
}

// push puts a new generation in slot, keeping at most chainMax older ones.
func push(slot int) {
	gens[slot]++
	n := mk(slot, gens[slot])
	n.next = table[slot]
	table[slot] = n
	k := 0
	for p := n; p != nil; p = p.next {
		k++
		if k == chainMax+1 {
			p.next = nil // the rest becomes garbage
		}
	}
	global.last = n
}

func verify() (int, uint64) {
	count := 0
	var sum uint64
	for slot := range table {
		gen := gens[slot]
		for p := table[slot]; p != nil; p = p.next {
			sum += checkNode(p, slot, gen)
			count++
			gen--
		}
		if gen < -1 {
			fmt.Println("FAIL chain", slot)
			os.Exit(1)
		}
	}
	for _, r := range global.recent {
		sum += checkNode(r, r.slot, r.gen)
	}
	for name, r := range global.byName {
		if name != r.label {
			fmt.Println("FAIL byName", name)
			os.Exit(1)
		}
		sum += checkNode(r, r.slot, r.gen)
	}
	return count, sum
}

func main() {
	for i := range table {
		table[i] = mk(i, 0)
	}
	global.byName = make(map[string]*node)
	c, s := verify()
	fmt.Println("initial", c, s)
	for round := 1; round <= 5; round++ {
		for op := 0; op < 150000; op++ {
			slot := int(rnd() % slots)
			switch rnd() % 8 {
			case 0:
				// Drop the whole chain, start again at a new generation.
				gens[slot]++
				table[slot] = mk(slot, gens[slot])
			case 1:
				if len(global.recent) < 1000 {
					global.recent = append(global.recent, table[slot])
				} else {
					global.recent[op%1000] = table[slot]
				}
			case 2:
				if n := table[slot]; n.label != "" {
					global.byName[n.label] = n
				}
				if len(global.byName) > 5000 {
					global.byName = make(map[string]*node)
				}
			default:
				push(slot)
			}
			// Garbage.
			g := make([]uint64, 16+op%48)
			g[0] = uint64(op)
		}
		c, s = verify()
		fmt.Println("round", round, "nodes", c, "sum", s, "recent", len(global.recent), "last", global.last.slot, global.last.gen)
	}
}
