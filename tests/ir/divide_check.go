// IR test: integer division and modulo by a value the compiler cannot prove
// non-zero are guarded by a call to Go's runtime.panicdivide (a Go function of
// stdlib/runtime, called from main.main). The divisor comes from a recursive function so that
// O2 cannot fold it.
package main

func count(n int) int {
	if n <= 0 {
		return 0
	}
	return count(n-1) + 1
}

func main() {
	d := count(3) - 3
	println(100/d, 100%d)
}

// CHECK-DAG: define {{.*}}@{{"?}}runtime.panicdivide{{"?}}(ptr nest
// CHECK-DAG: define {{.*}}@{{"?}}main.main{{"?}}(
// CHECK-DAG: call {{.*}}@{{"?}}runtime.panicdivide{{"?}}(ptr nest
