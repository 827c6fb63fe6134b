// escape.go — escape analysis: which values the compiler keeps on the stack and
// which it moves to the heap, one example of each kind of decision.
//
// To see the decisions (Go's `-m` report; -l turns inlining off, so that each
// function is analysed on its own):
//
//	minigo build -gcflags='-m -l' samples/escape.go
//	go build -gcflags='-m -l' samples/escape.go    (the same report from Go 1.19)
//
// The comment above each statement says what the report prints for it.
package main

import "fmt"

type point struct{ x, y int }

var global *point

// Parameters: the report says where each pointer parameter can flow.

// "p does not escape": p is only read.
func norm1(p *point) int {
	return abs(p.x) + abs(p.y)
}

// "leaking param: p": p is stored in a global.
func remember(p *point) {
	global = p
}

// "leaking param: p to result ~r0 level=0": p itself is returned.
func same(p *point) *point {
	return p
}

// "leaking param: pp to result ~r0 level=1": what pp points to is returned.
func load(pp **point) *point {
	return *pp
}

// "leaking param content: pp": what pp points to is stored in a global.
func rememberContent(pp **point) {
	global = *pp
}

// Variables whose address outlives the function.

// "moved to heap: v": the address of v is returned.
func newPoint(x, y int) *point {
	v := point{x, y}
	return &v
}

// Nothing to report: the address of v never leaves the function.
func sumOf(x, y int) int {
	v := point{x, y}
	q := &v
	return q.x + q.y
}

// Allocations: &T{}, new and make "escape to heap" or "do not escape".

// "&point{...} escapes to heap": returned.
func makePoint() *point {
	return &point{1, 2}
}

// "new(point) does not escape": used only here.
func scratch() int {
	p := new(point)
	p.x = 5
	return p.x
}

// "make([]int, 8) does not escape": a small constant-size slice used locally;
// "make([]int, n) escapes to heap": a non-constant size always goes to the heap.
func slices(n int) int {
	a := make([]int, 8)
	b := make([]int, n)
	return len(a) + len(b)
}

// Closures.

// "moved to heap: count" and "func literal escapes to heap": the closure is
// returned and keeps count alive after counter returns.
func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

// "func literal does not escape": the closure is only called here.
func twice(x int) int {
	double := func() int { return 2 * x }
	return double()
}

// Interface conversions: a non-pointer value converted to an interface is boxed.

// "x escapes to heap": the boxed copy of x is returned. (x itself is an int
// and holds no pointer, so no "leaking param" for it.)
func box(x int) interface{} {
	return x
}

// fmt's arguments: "... argument does not escape" (the implicit []interface{}
// stays on the stack), but `"n =" escapes to heap` and "n escapes to heap": fmt's
// parameters leak, so each argument's interface box is on the heap.
func show(n int) {
	fmt.Println("n =", n)
}

// Strings and byte slices: "b does not escape" and
// "string(b) does not escape": the conversion only feeds a comparison.
func isHello(b []byte) bool {
	return string(b) == "hello"
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// main prints with the println builtin, which converts nothing to interfaces.
func main() {
	// "&point{...} escapes to heap": rememberContent stores it in global.
	p := &point{3, -4}
	println(norm1(p), same(p).x, load(&p).y)
	remember(newPoint(1, 1))
	rememberContent(&p)
	println(sumOf(2, 3), makePoint().y, scratch(), slices(4))
	next := counter()
	next()
	// `([]byte)("hello") does not escape`: the bytes live on main's stack.
	println(next(), twice(21), box(7) != nil, isHello([]byte("hello")))
	show(10)
}
