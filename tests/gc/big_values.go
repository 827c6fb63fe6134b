// Checks big struct values holding pointers, copied whole (memmove, or typedmemmove under the write barrier) between long-lived slices, maps, heap objects and interface boxes while garbage is allocated: every pointer they carry stays valid.
package main

import (
	"fmt"
	"os"
)

type leaf struct {
	id    int
	check uint64
	data  []uint32
}

// rec is over a kilobyte: a big value, passed and stored through memory.
type rec struct {
	id   int
	a, b *leaf
	pad  [120]uint64
	name string
	ls   []*leaf
	any  interface{}
}

// huge is about 80 KB: its temporaries are heap objects.
type huge struct {
	r    rec
	more [9000]uint64
	tail *leaf
}

func mkLeaf(id int) *leaf {
	l := &leaf{id: id, check: uint64(id) * 0x9E3779B97F4A7C15, data: make([]uint32, 1+id%5)}
	for i := range l.data {
		l.data[i] = uint32(id + i)
	}
	return l
}

func leafOK(l *leaf, id int) bool {
	if l == nil || l.id != id || l.check != uint64(id)*0x9E3779B97F4A7C15 || len(l.data) != 1+id%5 {
		return false
	}
	for i, x := range l.data {
		if x != uint32(id+i) {
			return false
		}
	}
	return true
}

func mkRec(id int) rec {
	r := rec{id: id, a: mkLeaf(id), b: mkLeaf(id + 1), name: fmt.Sprint("r", id)}
	for i := range r.pad {
		r.pad[i] = uint64(id * i)
	}
	r.ls = []*leaf{mkLeaf(id + 2), mkLeaf(id + 3)}
	r.any = mkLeaf(id + 4)
	return r
}

func recOK(r rec) bool {
	id := r.id
	if !leafOK(r.a, id) || !leafOK(r.b, id+1) || r.name != fmt.Sprint("r", id) {
		return false
	}
	if len(r.ls) != 2 || !leafOK(r.ls[0], id+2) || !leafOK(r.ls[1], id+3) {
		return false
	}
	l, ok := r.any.(*leaf)
	if !ok || !leafOK(l, id+4) {
		return false
	}
	return r.pad[7] == uint64(id*7) && r.pad[119] == uint64(id*119)
}

func mkHuge(r rec) huge {
	var h huge
	h.r = r
	h.more[8999] = uint64(r.id)
	h.tail = mkLeaf(r.id + 5)
	return h
}

func hugeOK(h huge) bool {
	return recOK(h.r) && h.more[8999] == uint64(h.r.id) && leafOK(h.tail, h.r.id+5)
}

var seed uint64 = 0x2545F4914F6CDD1D

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

func fail(what string, i int) {
	fmt.Println("FAIL", what, i)
	os.Exit(1)
}

const n = 3000

func main() {
	recs := make([]rec, n)
	for i := range recs {
		recs[i] = mkRec(i * 10)
	}
	m := map[int]rec{}
	boxes := make([]interface{}, n)
	ptrs := make([]*rec, n)
	hs := make([]huge, 16)
	for i := range hs {
		hs[i] = mkHuge(recs[i])
	}
	var garbage [][]byte
	for round := 0; round < 120000; round++ {
		i, j := rnd(n), rnd(n)
		switch round % 6 {
		case 0:
			recs[i], recs[j] = recs[j], recs[i]
		case 1:
			m[i] = recs[j]
		case 2:
			boxes[i] = recs[j]
		case 3:
			p := new(rec)
			*p = recs[j]
			ptrs[i] = p
		case 4:
			k := rnd(len(hs))
			hs[k] = mkHuge(recs[j])
		case 5:
			recs[i] = mkRec(recs[i].id)
		}
		garbage = append(garbage, make([]byte, 64+rnd(512)))
		if len(garbage) > 2000 {
			garbage = garbage[:0]
		}
		if round%20000 == 0 {
			for k := range recs {
				if !recOK(recs[k]) {
					fail("recs", k)
				}
			}
		}
	}
	sum := 0
	for k, r := range recs {
		if !recOK(r) {
			fail("recs", k)
		}
		sum += r.id
	}
	for k, r := range m {
		if !recOK(r) {
			fail("map", k)
		}
	}
	for k, b := range boxes {
		if b != nil && !recOK(b.(rec)) {
			fail("boxes", k)
		}
	}
	for k, p := range ptrs {
		if p != nil && !recOK(*p) {
			fail("ptrs", k)
		}
	}
	for k := range hs {
		if !hugeOK(hs[k]) {
			fail("huge", k)
		}
	}
	fmt.Println("ok", sum, len(m) > 0)
}
