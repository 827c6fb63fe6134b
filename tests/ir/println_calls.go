// IR test: println lowers, as in Go's compiler, to runtime.printlock, one print
// call per operand (printint, printstring, printbool) separated by printsp,
// then printnl and runtime.printunlock — in that order, since those are
// ordered side effects.
package main

func value(n int) int {
	if n <= 0 {
		return 7
	}
	return value(n - 1)
}

func main() {
	println(value(2), "s", value(1) > 3)
}

// CHECK-LABEL: define {{.*}}@{{"?}}main.main{{"?}}(
// CHECK: call {{.*}}@{{"?}}runtime.printlock{{"?}}()
// CHECK: call {{.*}}@{{"?}}runtime.printint{{"?}}(i64
// CHECK: call {{.*}}@{{"?}}runtime.printsp{{"?}}()
// CHECK: call {{.*}}@{{"?}}runtime.printstring{{"?}}(
// CHECK: call {{.*}}@{{"?}}runtime.printsp{{"?}}()
// CHECK: call {{.*}}@{{"?}}runtime.printbool{{"?}}(
// CHECK: call {{.*}}@{{"?}}runtime.printnl{{"?}}()
// CHECK: call {{.*}}@{{"?}}runtime.printunlock{{"?}}()
