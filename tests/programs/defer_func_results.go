// Deferred calls without arguments of functions with results (several words, or a
// struct LLVM returns through a hidden pointer): the runtime calls a deferred closure
// with no place for results, so they run through a thunk; recover still works in one.
package main

import "fmt"

type M struct{ a, b, c, d, e, f, g int64 }

func seven() (a, b, c, d, e, g, h int) {
	fmt.Println("seven runs")
	return 1, 2, 3, 4, 5, 6, 7
}

func m56() M { fmt.Println("m56 runs"); return M{1, 2, 3, 4, 5, 6, 7} }

func rec() (string, int, int) {
	r := recover()
	fmt.Println("recovered:", r)
	return "x", 1, 2
}

func main() {
	func() {
		defer rec()
		defer seven()
		defer m56()
		defer func() (int, int, int, int, int) { fmt.Println("literal runs"); return 1, 2, 3, 4, 5 }()
		panic("boom")
	}()
	fmt.Println("after")
}
