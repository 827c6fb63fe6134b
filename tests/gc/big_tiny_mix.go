// Checks big objects (> 32 KB, with and without pointers) mixed with tiny pointer-free ones (*int64, 8-16 byte []byte) under churn.
package main

import (
	"fmt"
	"os"
)

var seed uint64 = 0xBB67AE8584CAA73B

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type tinyRec struct {
	n  *int64
	b  []byte
	id int
}

// bigPtrs is a large pointer-holding object: its elements point to tiny
// objects, so big and tiny objects reference each other.
type bigPtrs struct {
	id    int
	elems []*int64
}

func mkTiny(id int) tinyRec {
	v := new(int64)
	*v = int64(id)*1000003 + 17
	b := make([]byte, 8+id%9)
	for i := range b {
		b[i] = byte(id>>uint(i%3*8)) + byte(i)
	}
	return tinyRec{n: v, b: b, id: id}
}

func checkTiny(t tinyRec) uint64 {
	if *t.n != int64(t.id)*1000003+17 || len(t.b) != 8+t.id%9 {
		fmt.Println("FAIL tiny", t.id)
		os.Exit(1)
	}
	s := uint64(*t.n)
	for i, c := range t.b {
		if c != byte(t.id>>uint(i%3*8))+byte(i) {
			fmt.Println("FAIL tiny bytes", t.id, i)
			os.Exit(1)
		}
		s += uint64(c)
	}
	return s
}

func mkBigInts(id int) []int64 {
	s := make([]int64, 4096+id%8192) // 32 KB to 96 KB, no pointers
	for i := range s {
		s[i] = int64(id ^ i)
	}
	return s
}

func checkBigInts(s []int64, id int) uint64 {
	if len(s) != 4096+id%8192 {
		fmt.Println("FAIL big len", id)
		os.Exit(1)
	}
	var sum uint64
	for i, v := range s {
		if v != int64(id^i) {
			fmt.Println("FAIL big", id, i)
			os.Exit(1)
		}
		sum += uint64(v)
	}
	return sum
}

func mkBigPtrs(id int) *bigPtrs {
	b := &bigPtrs{id: id, elems: make([]*int64, 5000+id%3000)} // 40 KB to 64 KB
	for i := range b.elems {
		if i%3 != 0 {
			v := new(int64)
			*v = int64(id + i)
			b.elems[i] = v
		}
	}
	return b
}

func checkBigPtrs(b *bigPtrs, id int) uint64 {
	if b.id != id || len(b.elems) != 5000+id%3000 {
		fmt.Println("FAIL bigptrs", id)
		os.Exit(1)
	}
	var sum uint64
	for i, p := range b.elems {
		if (i%3 == 0) != (p == nil) || (p != nil && *p != int64(id+i)) {
			fmt.Println("FAIL bigptrs elem", id, i)
			os.Exit(1)
		}
		if p != nil {
			sum += uint64(*p)
		}
	}
	return sum
}

const nTiny = 100000
const nBig = 24

func main() {
	tiny := make([]tinyRec, nTiny)
	for i := range tiny {
		tiny[i] = mkTiny(i)
	}
	bigInts := make([][]int64, nBig)
	bigIntIDs := make([]int, nBig)
	bigP := make([]*bigPtrs, nBig)
	for i := 0; i < nBig; i++ {
		bigInts[i] = mkBigInts(i)
		bigIntIDs[i] = i
		bigP[i] = mkBigPtrs(i)
	}
	nextID := nTiny
	for round := 1; round <= 8; round++ {
		for op := 0; op < 100000; op++ {
			// Replace some tiny objects; allocate tiny garbage in between so
			// that live and dead tiny objects share 16-byte blocks.
			i := int(rnd() % nTiny)
			tiny[i] = mkTiny(nextID)
			nextID++
			g := new(int64)
			*g = int64(op)
			gb := make([]byte, 1+op%15)
			gb[0] = byte(*g)
			if op%200 == 0 {
				// A big object replaced: the old one is garbage.
				k := int(rnd() % nBig)
				bigIntIDs[k] = nextID
				bigInts[k] = mkBigInts(nextID)
				nextID++
			}
			if op%512 == 0 {
				k := int(rnd() % nBig)
				bigP[k] = mkBigPtrs(nextID)
				nextID++
				// Big garbage that holds pointers to live tiny objects.
				junk := make([]*int64, 8192)
				for j := range junk {
					junk[j] = tiny[(i+j)%nTiny].n
				}
			}
		}
		var ts, bs, ps uint64
		for _, t := range tiny {
			ts += checkTiny(t)
		}
		for k := range bigInts {
			bs += checkBigInts(bigInts[k], bigIntIDs[k])
			ps += checkBigPtrs(bigP[k], bigP[k].id)
		}
		fmt.Println("round", round, "tiny", ts, "big", bs, "bigptrs", ps, "next", nextID)
	}
}
