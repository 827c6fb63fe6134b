// IR test: sync/atomic's functions are compiler intrinsics, not calls: a direct
// atomic.AddInt64 is an `atomicrmw add ... seq_cst` in the caller (after the nil
// check), CompareAndSwap a cmpxchg, Load/Store atomic loads and stores, Swap an
// atomicrmw xchg. A function value of atomic.AddInt64 calls the declared function,
// which has the same instruction as its body. (-O0: so that each function stays.)
// FLAGS: -O0
package main

import "sync/atomic"

var counter int64

func bump(p *int64) int64 {
	return atomic.AddInt64(p, 5)
}

func flags(p *uint32) bool {
	atomic.StoreUint32(p, 1)
	old := atomic.SwapUint32(p, 2)
	return atomic.CompareAndSwapUint32(p, old, atomic.LoadUint32(p))
}

func main() {
	bump(&counter)
	var u uint32
	flags(&u)
	f := atomic.AddInt64
	println(f(&counter, 1))
}

// The declared function (for function values) comes first: it is defined when declared.
// CHECK: define internal {{.*}}@"sync/atomic.AddInt64"(ptr %{{[^,]+}}, i64 %{{[^)]+}}) #[[ATTRS:[0-9]+]]
// CHECK: atomicrmw add ptr %{{[^,]+}}, i64 %{{[^ ]+}} seq_cst

// CHECK-LABEL: define {{.*}}@{{"?}}main.bump{{"?}}(
// CHECK-NOT: call {{.*}}AddInt64
// CHECK: atomicrmw add ptr %{{[^,]+}}, i64 5 seq_cst
// CHECK: ret i64

// CHECK-LABEL: define {{.*}}@{{"?}}main.flags{{"?}}(
// CHECK: store atomic i32 1, ptr %{{[^ ]+}} seq_cst, align 4
// CHECK: atomicrmw xchg ptr %{{[^,]+}}, i32 2 seq_cst
// CHECK: load atomic i32, ptr %{{[^ ]+}} seq_cst, align 4
// CHECK: cmpxchg ptr %{{[^,]+}}, i32 %{{[^,]+}}, i32 %{{[^ ]+}} seq_cst seq_cst
// CHECK: ret i1

// The function value's wrapper calls the declared function.
// CHECK: define internal {{.*}}@"sync/atomic.AddInt64{{.*}}w"(ptr nest
// CHECK: call i64 @"sync/atomic.AddInt64"(
// CHECK: attributes #[[ATTRS]] = { alwaysinline
