// IR test: structs and arrays over 64 bytes are never first-class LLVM values
// (memvalues.cpp). A zeroed local is an llvm.memset, not a store of a
// zeroinitializer aggregate; copies are llvm.memcpy/memmove; a big parameter is a
// pointer to the caller's copy, and big results come back through a last hidden
// pointer to a temporary of the caller, as (Big, error) here; a store of a Big
// holding pointers into the heap takes runtime.typedmemmove on the barrier path.
// FLAGS: -O0
package main

type Big struct {
	p *int
	a [100]int64
}

var hp *Big

func zero() int64 {
	var b [10000]int64
	b[3] = 1
	return b[3]
}

func pass(b Big) Big {
	b.a[0]++
	return b
}

func two(b Big) (Big, error) { return b, nil }

func main() {
	var b Big
	c := pass(b)
	d, _ := two(c)
	hp = &Big{}
	*hp = d
	println(zero(), c.a[0])
}

// CHECK-LABEL: define internal i64 @main.zero(ptr nest %closure)
// CHECK-NOT: store [10000 x i64]
// CHECK: call void @llvm.memset.p0.i64(ptr align 8 %b, i8 0, i64 80000, i1 false)
// CHECK-LABEL: define internal void @main.pass(ptr nest %closure, ptr %b, ptr %results)
// CHECK-NOT: load { ptr, [100 x i64] }
// CHECK: call void @llvm.memmove.p0.p0.i64(ptr align 8 %b1, ptr align 8 %b, i64 808, i1 false)
// CHECK: ret void
// CHECK-LABEL: define internal void @main.two(ptr nest %closure, ptr %b, ptr %results)
// CHECK: getelementptr inbounds { { ptr, [100 x i64] }, %iface }, ptr %results, i32 0, i32 1
// CHECK: ret void
// CHECK-LABEL: define void @main.main(ptr nest %closure)
// CHECK-NOT: store { ptr, [100 x i64] }
// CHECK: call void @main.pass(ptr nest poison, ptr %copy, ptr %results)
// CHECK: call void @main.two(ptr nest poison, ptr %copy1, ptr %results2)
// CHECK: call void @runtime.typedmemmove(ptr @type.main.Big, ptr %hp, ptr %copy3)
// CHECK: call void @llvm.memmove.p0.p0.i64(ptr align 8 %hp, ptr align 8 %copy3, i64 808, i1 false)
