// Checks cyclic structures (rings, self-references, cycles through maps, slices, interfaces and closures) that repeatedly become garbage while others stay live.
package main

import (
	"fmt"
	"os"
)

type ringNode struct {
	next, prev *ringNode
	ring       int
	pos        int
	self       *ringNode
	back       any // the ring's head, through an interface
	data       []int32
}

type graphNode struct {
	id    int
	edges map[int]*graphNode
	all   []*graphNode
	fn    func() int
}

var seed uint64 = 0x510E527FADE682D1

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func mkRing(id, n int) *ringNode {
	head := &ringNode{ring: id, data: []int32{int32(id)}}
	head.self = head
	head.next, head.prev = head, head
	for i := 1; i < n; i++ {
		r := &ringNode{ring: id, pos: i, back: head, data: make([]int32, 1+i%5)}
		r.self = r
		for j := range r.data {
			r.data[j] = int32(id*10 + i + j)
		}
		r.data[0] = int32(id)
		// Insert before head.
		r.prev = head.prev
		r.next = head
		head.prev.next = r
		head.prev = r
	}
	head.back = head
	return head
}

func checkRing(head *ringNode, id, n int) int {
	k := 0
	sum := 0
	p := head
	for {
		if p.ring != id || p.pos != k || p.self != p || p.next.prev != p || p.back.(*ringNode) != head || p.data[0] != int32(id) {
			fmt.Println("FAIL ring", id, k)
			os.Exit(1)
		}
		for j := 1; j < len(p.data); j++ {
			if p.data[j] != int32(id*10+k+j) {
				fmt.Println("FAIL ring data", id, k)
				os.Exit(1)
			}
		}
		sum += len(p.data) + k
		k++
		p = p.next
		if p == head {
			break
		}
	}
	if k != n {
		fmt.Println("FAIL ring size", id, k, n)
		os.Exit(1)
	}
	return sum
}

// mkGraph builds a complete graph whose nodes refer to each other through a
// map, a shared slice and closures capturing the nodes.
func mkGraph(base, n int) *graphNode {
	all := make([]*graphNode, n)
	for i := range all {
		all[i] = &graphNode{id: base + i, edges: make(map[int]*graphNode), all: all}
	}
	for i, g := range all {
		for j := 0; j < n; j += 1 + i%3 {
			g.edges[j] = all[j]
		}
		gg := g
		g.fn = func() int { return gg.id + len(gg.all) + len(gg.edges) }
	}
	return all[0]
}

func checkGraph(g *graphNode, base, n int) int {
	sum := 0
	if len(g.all) != n {
		fmt.Println("FAIL graph size", base)
		os.Exit(1)
	}
	for i, x := range g.all {
		e := 0
		for j := 0; j < n; j += 1 + i%3 {
			if x.edges[j] != g.all[j] || x.edges[j].id != base+j {
				fmt.Println("FAIL graph edge", base, i, j)
				os.Exit(1)
			}
			e++
		}
		if x.id != base+i || len(x.edges) != e || x.fn() != x.id+n+e {
			fmt.Println("FAIL graph node", base, i)
			os.Exit(1)
		}
		sum += x.fn()
	}
	return sum
}

const nLive = 64

func main() {
	live := make([]*ringNode, nLive)
	sizes := make([]int, nLive)
	ids := make([]int, nLive)
	graphs := make([]*graphNode, 8)
	gbase := make([]int, 8)
	nextID := 0
	for i := range live {
		sizes[i] = 50 + i*7
		ids[i] = nextID
		live[i] = mkRing(nextID, sizes[i])
		nextID++
	}
	for round := 1; round <= 10; round++ {
		for op := 0; op < 2000; op++ {
			// A garbage ring, with a pointer into its middle kept briefly.
			g := mkRing(-1-op, 100+op%200)
			mid := g.next.next.next
			g = nil
			if mid.ring != -1-op {
				fmt.Println("FAIL mid")
				os.Exit(1)
			}
			// Replace a live ring: the old ring becomes a garbage cycle.
			if op%4 == 0 {
				i := int(rnd() % nLive)
				sizes[i] = 20 + int(rnd()%400)
				ids[i] = nextID
				live[i] = mkRing(nextID, sizes[i])
				nextID++
			}
			// Cut a live ring in two: keep one half as a ring, drop the
			// other (which stays a cycle through self and back).
			if op%16 == 0 {
				i := int(rnd() % nLive)
				h := live[i]
				if sizes[i] > 10 {
					keep := sizes[i] / 2
					last := h
					for k := 1; k < keep; k++ {
						last = last.next
					}
					last.next.prev = nil
					h.prev.next = nil
					last.next = h
					h.prev = last
					sizes[i] = keep
				}
			}
			if op%64 == 0 {
				k := int(rnd() % 8)
				gbase[k] = nextID * 100
				graphs[k] = mkGraph(gbase[k], 60)
				nextID++
			}
		}
		sum := 0
		for i, h := range live {
			sum += checkRing(h, ids[i], sizes[i])
		}
		gsum := 0
		for k, g := range graphs {
			gsum += checkGraph(g, gbase[k], 60)
		}
		fmt.Println("round", round, "rings", sum, "graphs", gsum, "next", nextID)
	}
}
