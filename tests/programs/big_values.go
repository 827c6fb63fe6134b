// Big structs (4 KB and 100 KB, holding pointers) as values: passed, returned,
// assigned, compared, stored in slices, maps and arrays, captured by closures,
// deferred as arguments, boxed in interfaces and asserted back. Every copy is
// independent of the others (Go's value semantics), and the pointers they hold keep
// their targets alive across collections.
package main

import (
	"fmt"
	"runtime"
)

type Big struct {
	id   int
	name string
	p    *int
	data [500]int64
	next *Big
}

type Huge struct {
	hdr  Big
	arr  [12000]int64
	tags []string
	m    map[string]int
}

func newBig(id int) Big {
	var b Big
	b.id = id
	b.name = fmt.Sprint("big", id)
	v := id * 10
	b.p = &v
	for i := range b.data {
		b.data[i] = int64(i * id)
	}
	return b
}

func sumBig(b Big) int64 {
	var s int64
	for _, x := range b.data {
		s += x
	}
	return s + int64(*b.p) + int64(b.id)
}

// Modifies its copy only.
func bump(b Big) Big {
	b.id++
	b.data[0] += 1000
	w := *b.p + 1
	b.p = &w
	return b
}

func pair(b Big) (Big, error) {
	if b.id < 0 {
		return Big{}, fmt.Errorf("negative id %d", b.id)
	}
	c := b
	c.name += "'"
	return c, nil
}

func named(b Big) (r Big, n int) {
	defer func() {
		r.id += 100
		n = r.id
	}()
	r = b
	r.data[1] = 42
	return
}

func recovering(b Big) (r Big) {
	defer func() {
		if e := recover(); e != nil {
			r.name = fmt.Sprint("recovered: ", e)
		}
	}()
	r = b
	var arr []int
	_ = arr[b.id] // panics
	return r
}

func newHuge(id int) Huge {
	var h Huge
	h.hdr = newBig(id)
	for i := range h.arr {
		h.arr[i] = int64(i + id)
	}
	h.tags = []string{"a", fmt.Sprint(id)}
	h.m = map[string]int{"id": id}
	return h
}

func sumHuge(h Huge) int64 {
	s := sumBig(h.hdr)
	for _, x := range h.arr {
		s += x
	}
	return s + int64(len(h.tags)) + int64(h.m["id"])
}

func bumpHuge(h Huge) Huge {
	h.arr[5]++
	h.hdr = bump(h.hdr)
	h.tags = append(h.tags, "bumped")
	return h
}

func show(b Big) string {
	return fmt.Sprintf("%d %s %d %d %d", b.id, b.name, *b.p, b.data[0], b.data[499])
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case Big:
		return "Big " + show(v)
	case Huge:
		return fmt.Sprintf("Huge %d %d", v.hdr.id, v.arr[11999])
	case *Big:
		return "*Big " + show(*v)
	}
	return "other"
}

func variadic(bs ...Big) int64 {
	var s int64
	for _, b := range bs {
		s += sumBig(b)
	}
	return s
}

func main() {
	a := newBig(3)
	b := a
	b.data[0] = -1
	*b.p = 77 // shared pointee: both see it
	fmt.Println(show(a), "|", show(b))
	fmt.Println(a == b, a != b, a == a)
	c := bump(a)
	fmt.Println(show(a), "|", show(c))
	fmt.Println(sumBig(a), sumBig(c), sumBig(newBig(2)))
	a, c = c, a
	fmt.Println(a.id, c.id)

	// Zero values, comparisons, composite literals.
	var z Big
	fmt.Println(z == Big{}, z.id, z.name == "", z.p == nil, z.data[499])
	lit := Big{id: 9, name: "lit", data: [500]int64{1, 2, 3, 499: 4}}
	fmt.Println(lit.id, lit.name, lit.data[0], lit.data[2], lit.data[499], lit == Big{id: 9, name: "lit", data: [500]int64{1, 2, 3, 499: 4}})

	// Multiple results and named results.
	d, err := pair(a)
	fmt.Println(d.name, err)
	_, err = pair(Big{id: -4})
	fmt.Println(err)
	r, n := named(a)
	fmt.Println(r.id, n, r.data[1], a.data[1])
	fmt.Println(recovering(newBig(5)).name)

	// Slices, maps, arrays.
	s := []Big{newBig(1), newBig(2)}
	s = append(s, newBig(3))
	s[0].data[7] = 7
	e := s[0]
	e.data[7] = 8
	fmt.Println(len(s), s[0].data[7], e.data[7], s[2].name)
	m := map[string]Big{}
	m["x"] = newBig(4)
	m["y"] = m["x"]
	tmp := m["y"]
	tmp.id = 40
	m["y"] = tmp
	v, ok := m["x"]
	_, ok2 := m["nope"]
	fmt.Println(m["x"].id, m["y"].id, v.name, ok, ok2, m["nope"].id, m["nope"].p == nil)
	var arr [3]Big
	arr[1] = newBig(6)
	arr2 := arr
	arr2[1].id = 60
	fmt.Println(arr[1].id, arr2[1].id, arr == arr2, len(arr))
	keys := map[Big]int{}
	keys[lit] = 1
	keys[z] = 2
	fmt.Println(keys[lit], keys[Big{}], len(keys))
	fmt.Println(variadic(s...), variadic(a, c), variadic())

	// Closures capture by reference; values passed in are copies.
	cnt := newBig(8)
	inc := func() { cnt.id++ }
	inc()
	inc()
	get := func(x Big) int { return x.id + cnt.id }
	fmt.Println(cnt.id, get(newBig(1)))
	mk := func(x Big) func() Big {
		return func() Big { x.id *= 2; return x }
	}
	f := mk(newBig(5))
	f()
	fmt.Println(f().id)

	// Deferred calls with big arguments, evaluated at the defer statement.
	func() {
		x := newBig(11)
		defer fmt.Println("deferred", show(x))
		defer func(y Big) { fmt.Println("deferred literal", y.id, sumBig(y)) }(x)
		for i := 0; i < 2; i++ {
			defer func(y Big, i int) { fmt.Println("deferred in loop", y.id, i) }(x, i)
			x.id++
		}
		x.id = 1000
	}()

	// Interfaces.
	var i interface{} = a
	a.id = 12345
	back := i.(Big)
	fmt.Println(back.id, describe(i), describe(&a)[:8])
	_, isHuge := i.(Huge)
	bb, isBig := i.(Big)
	fmt.Println(isHuge, isBig, bb.id, i == interface{}(back), i == interface{}(a))
	var j interface{} = 5
	zb, zok := j.(Big)
	fmt.Println(zok, zb.id, zb.p == nil)

	// 100 KB values (their temporaries live on the heap).
	h := newHuge(2)
	h2 := h
	h2.arr[11999] = -5
	h3 := bumpHuge(h)
	fmt.Println(h.arr[11999], h2.arr[11999], h3.arr[5], h.arr[5], len(h.tags), len(h3.tags))
	fmt.Println(sumHuge(h), sumHuge(h2), sumHuge(h3))
	var hi interface{} = h
	h.arr[0] = 99
	fmt.Println(describe(hi), hi.(Huge).arr[0], h.arr[0])
	hs := []Huge{h, h3}
	hm := map[int]Huge{1: h}
	runtime.GC()
	fmt.Println(hs[1].hdr.id, hm[1].hdr.name, *hm[1].hdr.p, hs[0].m["id"])
	func() {
		defer func(x Huge) { fmt.Println("deferred huge", x.hdr.id, x.arr[1]) }(h)
		h.hdr.id = -1
	}()
	hf := func() Huge { return h }
	fmt.Println(hf().hdr.id)

	// The pointers inside big values keep their targets alive.
	var keep []Big
	for k := 0; k < 200; k++ {
		keep = append(keep, newBig(k))
		if k%50 == 0 {
			runtime.GC()
		}
	}
	var total int64
	for _, k := range keep {
		total += int64(*k.p) + int64(len(k.name))
	}
	fmt.Println(total)
}
