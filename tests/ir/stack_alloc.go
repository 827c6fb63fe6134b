// IR test: escape analysis's decisions reach code generation. In keep, &point{} does
// not escape and new(point) does not either: both are slots of the frame, zeroed where
// they are allocated (llvm.memset), and no runtime.newobject is called; the make with
// a constant size is a frame array too. In leak, the literal is returned: it escapes
// and comes from runtime.newobject. (-O0: so that the allocations stay visible.)
// FLAGS: -O0
package main

type point struct{ x, y int }

func keep(n int) int {
	p := &point{n, n + 1}
	q := new(point)
	q.x = p.y
	s := make([]int, 4)
	s[n%4] = q.x
	return s[0] + p.x
}

func leak(n int) *point {
	return &point{n, n}
}

func main() {
	println(keep(3), leak(4).x)
}

// CHECK-LABEL: define {{.*}}@{{"?}}main.keep{{"?}}(
// CHECK-NOT: call {{.*}}@runtime.newobject
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK: call void @llvm.memset
// CHECK-NOT: call {{.*}}@runtime.newobject
// CHECK-LABEL: define {{.*}}@{{"?}}main.leak{{"?}}(
// CHECK: call {{.*}}ptr @runtime.newobject(ptr @type.main.point)
