// IR test: a function with a defer statement records the deferred call
// (runtime.deferprocStack), turns its calls that may panic into invokes whose
// landing pad calls runtime.deferpanic (C++ EH, __gxx_personality_v0), and
// returns through runtime.deferreturn. A function without defer has no landing pad,
// so the path without panics costs nothing. recover() passes the caller's argp
// and frame to runtime.gorecover, and its function is never inlined.
package main

func count(n int) int {
	if n <= 0 {
		return 0
	}
	return count(n-1) + 1
}

func safeDiv(a, b int) (q int) {
	defer func() {
		if recover() != nil {
			q = -1
		}
	}()
	return a / b
}

func main() {
	println(safeDiv(10, count(2)), safeDiv(1, count(0)))
}

// CHECK-LABEL: define {{.*}}@{{"?}}main.count{{"?}}(
// CHECK-NOT: landingpad
// CHECK: ret i64
// CHECK-LABEL: define {{.*}}@{{"?}}main.safeDiv{{"?}}({{.*}}) {{.*}}personality ptr @__gxx_personality_v0
// CHECK: call void @runtime.deferprocStack(
// CHECK: invoke void @runtime.panicdivide(
// CHECK: invoke void @runtime.deferreturn(
// CHECK: landingpad { ptr, i32 }
// CHECK-NEXT: cleanup
// CHECK: invoke {{.*}}i1 @runtime.deferpanic(
// CHECK: resume { ptr, i32 }
// CHECK: define {{.*}}@{{"?}}main.safeDiv.func1{{"?}}({{.*}}) {{.*}}#[[NOINLINE:[0-9]+]]
// CHECK: call ptr @llvm.addressofreturnaddress.p0()
// CHECK: call ptr @llvm.frameaddress.p0(i32 1)
// CHECK: call {{.*}}@runtime.gorecover(
// CHECK: attributes #[[NOINLINE]] = { {{.*}}noinline
