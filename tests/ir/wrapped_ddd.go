// IR test: the ... slice of a deferred or go'd variadic call is built by the call's
// wrapper, as in Go's rewrite: the elements are captured one by one and the wrapper
// puts the slice in its own frame (escape analysis: "... argument does not escape"),
// so a defer in a loop and a go statement allocate no slice (only the closure that
// captures the elements). -O0: so that the allocations stay visible.
// FLAGS: -O0
package main

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func report(xs ...int) {
	println(sum(xs...))
}

func loop(n int) {
	for i := 0; i < n; i++ {
		defer report(i, i*2, i*3)
	}
}

func main() {
	loop(3)
	done := make(chan bool)
	go func(xs ...int) { println(sum(xs...)); done <- true }(1, 2)
	<-done
}

// CHECK-LABEL: define {{.*}}@{{"?}}main.loop{{"?}}(
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK-LABEL: define {{.*}}@{{"?}}main.main{{"?}}(
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK-LABEL: define {{.*}}@{{"?}}main.loop.deferwrap1{{"?}}(
// CHECK: alloca [3 x i64]
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK: call {{.*}}@{{"?}}main.report{{"?}}(
// CHECK-LABEL: define {{.*}}@{{"?}}main.main.gowrap1{{"?}}(
// CHECK: alloca [2 x i64]
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK: ret void
