// The atomic types of Go 1.19: Int32, Int64, Uint32, Uint64, Uintptr and Bool, as
// fields, through method values and with wraparound.
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	hits  atomic.Int64
	ready atomic.Bool
	n     atomic.Uint32
}

func main() {
	var a atomic.Int32
	fmt.Println(a.Load(), a.Add(2147483647), a.Add(1), a.Swap(3), a.Load())
	fmt.Println(a.CompareAndSwap(2, 4), a.CompareAndSwap(3, 4), a.Load())
	a.Store(-1)
	fmt.Println(a.Load())

	var b atomic.Int64
	fmt.Println(b.Add(-9223372036854775808), b.Add(-1), b.Swap(0), b.CompareAndSwap(0, 1), b.Load())

	var c atomic.Uint32
	fmt.Println(c.Add(^uint32(0)), c.Add(1), c.Swap(10), c.CompareAndSwap(10, 11), c.Load())
	c.Store(4294967295)
	fmt.Println(c.Load())

	var d atomic.Uint64
	fmt.Println(d.Add(^uint64(0)), d.Add(2), d.Swap(5), d.CompareAndSwap(6, 7), d.Load())
	d.Store(1 << 63)
	fmt.Println(d.Load())

	var e atomic.Uintptr
	fmt.Println(e.Add(5), e.Add(^uintptr(1)), e.Swap(100), e.CompareAndSwap(100, 200), e.Load())
	e.Store(0)
	fmt.Println(e.Load())

	var f atomic.Bool
	fmt.Println(f.Load(), f.Swap(true), f.Load(), f.CompareAndSwap(false, true), f.CompareAndSwap(true, false), f.Load())
	f.Store(true)
	fmt.Println(f.Load())

	s := &stats{}
	for i := 0; i < 5; i++ {
		s.hits.Add(int64(i))
		s.n.Add(1)
	}
	s.ready.Store(true)
	fmt.Println(s.hits.Load(), s.n.Load(), s.ready.Load())

	inc := s.hits.Add
	get := s.hits.Load
	inc(100)
	fmt.Println(get())
	defer func() { fmt.Println("deferred", s.hits.Load()) }()
	defer s.hits.Store(-5)
}
