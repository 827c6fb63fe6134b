// IR test: a pointer store into the heap goes through the write barrier —
// `if runtime.writeBarrier.enabled { runtime.gcWriteBarrier(slot, ptr) } else store` —
// and a store of a string (an aggregate holding a pointer) uses runtime.typedmemmove on
// the barrier path; stores into the frame's own slots take none. Loops poll
// runtime.gcwaiting at their back-edge (the collector's safepoint), as do functions
// that call others at their entry. Package variables holding pointers are listed in
// go.gcroots for the collector. (-O0: so that link stays a function of its own.)
// FLAGS: -O0
package main

type node struct {
	next *node
	name string
	n    int
}

var head *node

func link(a, b *node, s string) {
	a.next = b
	a.name = s
	a.n++
}

func main() {
	x := &node{}
	for i := 0; i < 3; i++ {
		link(x, &node{}, "k")
	}
	head = x
	println(head.n)
}

// CHECK: @go.gcroots = {{.*}}constant { i64, [{{[0-9]+}} x { ptr, i64, ptr }] } { i64 {{[0-9]+}}
// CHECK-SAME: ptr @main.head, i64 8
// CHECK-LABEL: define {{.*}}@{{"?}}main.link{{"?}}(
// CHECK: load atomic i32, ptr @runtime.writeBarrier monotonic
// CHECK: call preserve_mostcc void @runtime.gcWriteBarrier(ptr
// CHECK: store ptr {{.*}}, ptr
// CHECK: call void @runtime.typedmemmove(ptr @type.string
// CHECK-LABEL: define {{.*}}@{{"?}}main.main{{"?}}(
// CHECK: load atomic i32, ptr @runtime.gcwaiting monotonic
// CHECK: call void @runtime.gcSafePoint()
