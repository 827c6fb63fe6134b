// Escape analysis of sync/atomic and sync: in Go 1.19 the pointer argument of every
// atomic function leaks (the functions have no Go body and no //go:noescape), so a
// local whose address they get moves to the heap; the methods of the atomic types and
// of sync's Mutex, WaitGroup, Once and Cond leak their receivers the same way; a
// Value's stored value escapes.
package main

import (
	"sync"
	"sync/atomic"
)

var total int64

func addLocal() int64 {
	var x int64 // ERROR "moved to heap: x$"
	atomic.AddInt64(&x, 1)
	return atomic.LoadInt64(&x)
}

func addParam(p *int32) int32 { // ERROR "leaking param: p$"
	atomic.StoreInt32(p, 3)
	return atomic.SwapInt32(p, 4)
}

func casField(s *struct{ n uint32 }) bool { // ERROR "leaking param: s$"
	return atomic.CompareAndSwapUint32(&s.n, 0, 1)
}

func addGlobal() {
	atomic.AddInt64(&total, 1)
}

func typed() int64 {
	var c atomic.Int64 // ERROR "moved to heap: c$"
	c.Add(2)
	return c.Load()
}

func value() any {
	var v atomic.Value // ERROR "moved to heap: v$"
	v.Store(42) // ERROR "42 escapes to heap$"
	return v.Load()
}

func funcValue() uint64 {
	var u uint64 // ERROR "moved to heap: u$"
	f := atomic.AddUint64
	return f(&u, 1)
}

func deferred() {
	var n int32 // ERROR "moved to heap: n$"
	defer atomic.AddInt32(&n, 1)
}

func mutex() int {
	var mu sync.Mutex // ERROR "moved to heap: mu$"
	mu.Lock()
	defer mu.Unlock()
	return 1
}

func waitGroup() {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	wg.Add(1)
	wg.Done()
	wg.Wait()
}

func cond() {
	var mu sync.Mutex // ERROR "moved to heap: mu$"
	c := sync.NewCond(&mu)
	c.Signal()
	var c2 sync.Cond // ERROR "moved to heap: c2$"
	c2.L = &mu
	c2.Broadcast()
}

func once() {
	var o sync.Once // ERROR "moved to heap: o$"
	o.Do(func() {}) // ERROR "func literal does not escape$"
}

func main() {
	addLocal()
	var k int32 // ERROR "moved to heap: k$"
	addParam(&k)
	casField(&struct{ n uint32 }{}) // ERROR "&struct \{ n uint32 \}\{\} escapes to heap$"
	addGlobal()
	typed()
	value()
	funcValue()
	deferred()
	mutex()
	waitGroup()
	cond()
	once()
}
