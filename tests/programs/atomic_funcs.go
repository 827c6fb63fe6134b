// sync/atomic's functions on every integer type, with edge values: Add wraps around
// on overflow, Swap returns the old value, CompareAndSwap succeeds only on a match.
// Also called through function values, method-free closures and defer.
package main

import (
	"fmt"
	"sync/atomic"
)

type counters struct {
	a int32
	b int64
	c uint32
	d uint64
	e uintptr
}

var global int64

func main() {
	var i32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1), i32)
	fmt.Println(atomic.AddInt32(&i32, -1), atomic.LoadInt32(&i32))
	var i64 int64 = 9223372036854775807
	fmt.Println(atomic.AddInt64(&i64, 1), atomic.AddInt64(&i64, -2))
	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2))
	var u64 uint64 = 18446744073709551615
	fmt.Println(atomic.AddUint64(&u64, 1), atomic.AddUint64(&u64, ^uint64(4)))
	var up uintptr = 10
	fmt.Println(atomic.AddUintptr(&up, ^uintptr(0)), atomic.LoadUintptr(&up))

	atomic.StoreInt32(&i32, -7)
	atomic.StoreInt64(&i64, -1<<63)
	atomic.StoreUint32(&u32, 1<<31)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 12345)
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32),
		atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))

	fmt.Println(atomic.SwapInt32(&i32, 5), atomic.SwapInt64(&i64, 6), atomic.SwapUint32(&u32, 7),
		atomic.SwapUint64(&u64, 8), atomic.SwapUintptr(&up, 9))
	fmt.Println(i32, i64, u32, u64, up)

	fmt.Println(atomic.CompareAndSwapInt32(&i32, 4, 40), atomic.CompareAndSwapInt32(&i32, 5, 50), i32)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 6, -60), atomic.CompareAndSwapInt64(&i64, 6, 61), i64)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 7, 70), atomic.CompareAndSwapUint32(&u32, 7, 71), u32)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 9, 90), atomic.CompareAndSwapUint64(&u64, 8, 80), u64)
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 9, 99), atomic.CompareAndSwapUintptr(&up, 9, 98), up)

	// Fields of a heap struct and a global.
	c := &counters{}
	for k := 0; k < 10; k++ {
		atomic.AddInt32(&c.a, 3)
		atomic.AddInt64(&c.b, -3)
		atomic.AddUint32(&c.c, 1<<30)
		atomic.AddUint64(&c.d, 1<<62)
		atomic.AddUintptr(&c.e, 1)
		atomic.AddInt64(&global, int64(k))
	}
	fmt.Println(*c, global)

	// Function values.
	add := atomic.AddInt64
	load := atomic.LoadInt64
	cas := atomic.CompareAndSwapUint32
	store := atomic.StoreUint64
	fmt.Println(add(&global, 100), load(&global), cas(&c.c, 2147483648, 1), c.c)
	store(&c.d, 77)
	fmt.Println(c.d)
	ops := []func(*int32, int32) int32{atomic.AddInt32, atomic.SwapInt32}
	for _, op := range ops {
		fmt.Println(op(&c.a, 1), c.a)
	}

	// Deferred calls run at return, in reverse order.
	func() {
		defer fmt.Println("deferred", atomic.LoadInt64(&global))
		defer atomic.AddInt64(&global, 1000)
		defer atomic.StoreInt64(&global, 1)
		fmt.Println("body", global)
	}()
	fmt.Println("after", global)

	// Deferred in a loop.
	func() {
		for k := 0; k < 3; k++ {
			defer atomic.AddUint32(&u32, 1)
		}
	}()
	fmt.Println(u32)
}
