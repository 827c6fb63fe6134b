// IR test: channel operations are calls of the runtime's Go-named entry points with
// elements passed by address (a frame slot): make(chan T, n) is makechan with the
// channel's type descriptor, a select with one case and a default is selectnbsend /
// selectnbrecv, any other select is selectgo over a frame array of cases, and
// select {} is the noreturn runtime.block.
package main

//go:noinline
func ops(c chan int, d chan string) int {
	c <- 1
	v, ok := <-c
	select {
	case x := <-c:
		v += x
	case d <- "x":
	default:
	}
	select {
	case c <- 2:
	default:
	}
	select {
	case y, ok2 := <-c:
		v += y
		ok = ok && ok2
	default:
	}
	close(c)
	if ok {
		return v + len(c) + cap(d) + <-c
	}
	return 0
}

func main() {
	println(ops(make(chan int, 2), make(chan string)))
	select {}
}

// CHECK-LABEL: define {{.*}}@{{"?}}main.ops{{"?}}(
// CHECK: call void @runtime.chansend1(ptr %c, ptr {{.*}}%send)
// CHECK: call i1 @runtime.chanrecv2(ptr %c, ptr {{.*}}%recv)
// CHECK: call { i64, i1 } @runtime.selectgo(ptr {{.*}}%selcases, ptr {{.*}}%selorder, i64 1, i64 1, i1 false)
// CHECK: call i1 @runtime.selectnbsend(ptr %c,
// CHECK: call i1 @runtime.selectnbrecv(ptr {{.*}}, ptr %c, ptr
// CHECK: call void @runtime.closechan(ptr %c)
// CHECK-DAG: call i64 @runtime.chanlen(ptr %c)
// CHECK-DAG: call i64 @runtime.chancap(ptr %d)
// CHECK-DAG: call void @runtime.chanrecv1(ptr %c,
// CHECK-LABEL: define {{.*}}@{{"?}}main.main{{"?}}(
// CHECK-DAG: call ptr @runtime.makechan(ptr {{.*}}@"type.chan int", i64 2)
// CHECK-DAG: call ptr @runtime.makechan(ptr {{.*}}@"type.chan string", i64 0)
// CHECK: call void @runtime.block()
// CHECK-NEXT: unreachable
// CHECK-DAG: declare void @runtime.block() {{.*}}#[[BLOCK:[0-9]+]]
// CHECK-DAG: attributes #[[BLOCK]] = { {{.*}}noreturn
