// Checks interior pointers as the only references: pointers to fields and elements, subslices and substrings of larger objects, while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type inner struct {
	a, b int64
	tag  string
}

type outer struct {
	id    int
	head  [8]int64
	mid   inner
	arr   [4]inner
	trail []byte
}

// refs holds only interior pointers: nothing refers to the outer objects or
// the backing arrays themselves.
type refs struct {
	id    int
	field *int64  // &o.head[k]
	mid   *inner  // &o.mid
	elem  *inner  // &o.arr[k]
	tagp  *string // &o.arr[k].tag
	sub   []int64 // a subslice in the middle of a large array
	last  *int64  // &big[len(big)-1]
	tail  []int64 // big[len(big):], empty
	str   string  // a substring of a large string
	bytes []byte  // a subslice of o.trail
}

var seed uint64 = 0x1F83D9ABFB41BD6B

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func mkOuter(id int) *outer {
	o := &outer{id: id, trail: make([]byte, 32+id%64)}
	for i := range o.head {
		o.head[i] = int64(id*8 + i)
	}
	o.mid = inner{int64(id), int64(-id), "mid" + strconv.Itoa(id)}
	for i := range o.arr {
		o.arr[i] = inner{int64(id + i), int64(id - i), "arr" + strconv.Itoa(id*4+i)}
	}
	for i := range o.trail {
		o.trail[i] = byte(id + i)
	}
	return o
}

func mkRefs(id int) *refs {
	o := mkOuter(id)
	k := id % 4
	big := make([]int64, 320+id%256)
	for i := range big {
		big[i] = int64(id ^ i)
	}
	text := strings.Repeat(strconv.Itoa(id)+";", 50+id%50)
	r := &refs{
		id:    id,
		field: &o.head[id%8],
		mid:   &o.mid,
		elem:  &o.arr[k],
		tagp:  &o.arr[(k+1)%4].tag,
		sub:   big[100:200:300],
		last:  &big[len(big)-1],
		tail:  big[len(big):],
		str:   text[len(text)/2 : len(text)/2+10],
		bytes: o.trail[8:16],
	}
	return r
}

func checkRefs(r *refs) int64 {
	id := r.id
	k := id % 4
	fail := func(what string) {
		fmt.Println("FAIL", what, id)
		os.Exit(1)
	}
	if *r.field != int64(id*8+id%8) {
		fail("field")
	}
	if *r.mid != (inner{int64(id), int64(-id), "mid" + strconv.Itoa(id)}) {
		fail("mid")
	}
	if *r.elem != (inner{int64(id + k), int64(id - k), "arr" + strconv.Itoa(id*4+k)}) {
		fail("elem")
	}
	if *r.tagp != "arr"+strconv.Itoa(id*4+(k+1)%4) {
		fail("tagp")
	}
	if len(r.sub) != 100 || cap(r.sub) != 200 {
		fail("sub len")
	}
	s := int64(0)
	for i, v := range r.sub {
		if v != int64(id^(100+i)) {
			fail("sub")
		}
		s += v
	}
	if *r.last != int64(id^(320+id%256-1)) {
		fail("last")
	}
	if len(r.tail) != 0 {
		fail("tail")
	}
	text := strings.Repeat(strconv.Itoa(id)+";", 50+id%50)
	if r.str != text[len(text)/2:len(text)/2+10] {
		fail("str")
	}
	for i, b := range r.bytes {
		if b != byte(id+8+i) {
			fail("bytes")
		}
	}
	return s + *r.field + *r.last + int64(len(r.str))
}

const n = 10000

func main() {
	all := make([]*refs, n)
	for i := range all {
		all[i] = mkRefs(i)
	}
	nextID := n
	for round := 1; round <= 8; round++ {
		for op := 0; op < 40000; op++ {
			i := int(rnd() % n)
			switch rnd() % 4 {
			case 0:
				all[i] = mkRefs(nextID)
				nextID++
			case 1:
				// Re-point one field at a new object's interior; the old
				// refs keep the rest of their objects alive.
				o := mkOuter(all[i].id)
				all[i].mid = &o.mid
			case 2:
				// Grow the empty tail: append must not clobber anything.
				r := all[i]
				t := append(r.tail, 1, 2, 3)
				if len(t) != 3 || t[0] != 1 || len(r.tail) != 0 {
					fmt.Println("FAIL tail append")
					os.Exit(1)
				}
			default:
				// Garbage: outers of which only an interior pointer is
				// briefly kept.
				p := &mkOuter(op).arr[op%4].b
				if *p != int64(op-op%4) {
					fmt.Println("FAIL garbage")
					os.Exit(1)
				}
			}
		}
		var sum int64
		for _, r := range all {
			sum += checkRefs(r)
		}
		fmt.Println("round", round, "sum", sum, "next", nextID)
	}
}
