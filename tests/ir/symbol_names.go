// IR test: Go functions get Go's symbol names (package path "main" + "." + name),
// package initialisation is the function go.inittask, and a call between Go
// functions uses those names. fib is recursive so that LLVM's O2 pipeline
// neither inlines it away nor folds its calls.
package main

import "fmt"

var seed = fib(20) // a package-level initializer: code in the init path

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(seed, fib(seed%7))
}

// CHECK-DAG: define {{.*}}@{{"?}}main.main{{"?}}(
// CHECK-DAG: define {{.*}}@{{"?}}main.fib{{"?}}({{.*}}i64
// CHECK-DAG: define {{.*}}@{{"?}}go.inittask{{"?}}()
// CHECK-DAG: call {{.*}}@{{"?}}main.fib{{"?}}(i64
