// An atomic operation through a nil pointer is Go's nil dereference panic: recovered
// for a direct call and a function value, then unrecovered (exit status 2).
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	n atomic.Int64
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, recover()) }()
	f()
}

func main() {
	var p *int64
	var q *uint32
	try("add", func() { atomic.AddInt64(p, 1) })
	try("cas", func() { atomic.CompareAndSwapUint32(q, 0, 1) })
	load := atomic.LoadInt64
	try("func value", func() { load(p) })
	var s *stats
	try("method", func() { s.n.Add(1) })
	var v *atomic.Value
	try("value", func() { v.Store(1) })
	atomic.StoreUint32(q, 5)
}
