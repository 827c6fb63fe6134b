// IR test: a go statement evaluates the call's function and arguments into a heap
// closure without parameters (a .gowrapN thunk holding them, or the function literal
// itself) and hands it to runtime.newproc; every Go function carries LLVM's
// split-stack prologue (the "split-stack" attribute: goroutine stacks grow in
// segments, runtime/stack.h).
// FLAGS: -O0
package main

func work(a, b int) { println(a + b) }

func main() {
	x := 1
	go work(x, 2)
	go func() { println(x) }()
}

// CHECK-LABEL: define void @main.main(ptr nest %closure)
// CHECK-SAME: #[[GOFN:[0-9]+]]
// CHECK: call ptr @runtime.newobject(ptr @"type.struct { F uintptr; X0 int; X1 int }")
// CHECK: store ptr @main.main.gowrap1
// CHECK: call void @runtime.newproc(ptr
// CHECK: store ptr @main.main.func1
// CHECK: call void @runtime.newproc(ptr
// CHECK-LABEL: define internal void @main.main.gowrap1(ptr nest %0)
// CHECK: call void @main.work(ptr nest poison
// CHECK: attributes #[[GOFN]] = { {{.*}}"split-stack"{{.*}} }
