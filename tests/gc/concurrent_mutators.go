// Checks the collector with several goroutines mutating and allocating at once: tree rebuilds, a pointer map, a shared ring whose links are swapped under a mutex by every goroutine, and values passed through channels, each verified against a model.
package main

import (
	"fmt"
	"os"
	"sync"
)

type node struct {
	left, right *node
	val         int
}

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val}
	}
	return &node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func sum(n *node) int {
	if n == nil {
		return 0
	}
	return n.val + sum(n.left) + sum(n.right)
}

func fail(format string, args ...any) {
	fmt.Printf("FAIL "+format+"\n", args...)
	os.Exit(1)
}

// trees keeps a forest of long-lived trees and replaces one subtree at a time while
// building short-lived ones.
func trees(id int, rounds int) uint64 {
	forest := make([]*node, 8)
	for i := range forest {
		forest[i] = build(10, i)
	}
	var h uint64
	for r := 0; r < rounds; r++ {
		t := forest[r%len(forest)]
		t.left = build(9, r)
		tmp := build(8, r+id)
		if got, want := sum(tmp), sum(build(8, r+id)); got != want {
			fail("trees %d: round %d: sum %d, want %d", id, r, got, want)
		}
		h = h*31 + uint64(sum(t))
	}
	return h
}

type entry struct {
	key  int
	vals []*int
}

// maps grows and shrinks a map of pointer-holding values.
func maps(id int, rounds int) uint64 {
	m := map[int]*entry{}
	for r := 0; r < rounds; r++ {
		k := (r * 7919) % 1000
		e := m[k]
		if e == nil {
			e = &entry{key: k}
			m[k] = e
		}
		v := r + id
		e.vals = append(e.vals, &v)
		if len(e.vals) > 8 {
			e.vals = e.vals[4:]
		}
		if r%3 == 0 {
			delete(m, (k+500)%1000)
		}
	}
	var h uint64
	for k := 0; k < 1000; k++ {
		if e := m[k]; e != nil {
			if e.key != k {
				fail("maps %d: key %d holds %d", id, k, e.key)
			}
			for _, p := range e.vals {
				h = h*131 + uint64(*p)
			}
		}
	}
	return h
}

// ring is shared by every goroutine: each swaps the payloads of two slots under the
// mutex, replacing one of them by a fresh copy, so the payloads move between objects
// allocated by different goroutines.
type payload struct {
	id   int
	data []int
}

type slot struct {
	p    *payload
	next *slot
}

var (
	mu   sync.Mutex
	ring []*slot
)

func swapper(id int, rounds int) {
	for r := 0; r < rounds; r++ {
		mu.Lock()
		a := ring[(r*13+id)%len(ring)]
		b := a.next
		a.p, b.p = b.p, a.p
		if r%5 == 0 {
			old := a.p
			a.p = &payload{id: old.id, data: append([]int(nil), old.data...)}
		}
		mu.Unlock()
		_ = make([]byte, 256+r%512)
	}
}

// channels passes freshly built lists from a producer to a consumer.
func channels(id int, n int) uint64 {
	type list struct {
		v    int
		next *list
	}
	ch := make(chan *list, 4)
	go func() {
		for i := 0; i < n; i++ {
			var l *list
			for j := 0; j < 20; j++ {
				l = &list{i*20 + j + id, l}
			}
			ch <- l
		}
		close(ch)
	}()
	var h uint64
	for l := range ch {
		for ; l != nil; l = l.next {
			h = h*7 + uint64(l.v)
		}
	}
	return h
}

func main() {
	for i := 0; i < 64; i++ {
		data := make([]int, 16)
		for j := range data {
			data[j] = i*100 + j
		}
		ring = append(ring, &slot{p: &payload{id: i, data: data}})
	}
	for i := range ring {
		ring[i].next = ring[(i+1)%len(ring)]
	}

	const workers = 4
	results := make([][3]uint64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			results[w][0] = trees(w, 1000)
			results[w][1] = maps(w, 100000)
			swapper(w, 30000)
			results[w][2] = channels(w, 5000)
		}(w)
	}
	wg.Wait()

	seen := make([]bool, len(ring))
	for i, s := range ring {
		p := s.p
		if p.id < 0 || p.id >= len(ring) || seen[p.id] {
			fail("ring slot %d holds payload %d twice or out of range", i, p.id)
		}
		seen[p.id] = true
		for j, v := range p.data {
			if v != p.id*100+j {
				fail("ring payload %d: data[%d] = %d", p.id, j, v)
			}
		}
	}
	for w, r := range results {
		fmt.Printf("worker %d: trees %d maps %d channels %d\n", w, r[0], r[1], r[2])
	}
	fmt.Println("ring intact:", len(ring), "payloads")
}
