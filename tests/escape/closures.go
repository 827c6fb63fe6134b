// Escape analysis of function literals and the variables they capture: closures
// called in place, stored, returned, passed as arguments; captured variables that
// are modified (captured by reference) or only read (captured by value); nested
// closures.
package main

var sinkFunc func() int

// Called immediately: the literal does not escape, nor does x.
func callNow() int {
	x := 1
	return func() int { return x + 1 }() // ERROR "func literal does not escape$"
}

// Assigned to a local and called: does not escape.
func callLocal() int {
	x := 1
	f := func() { x += 2 } // ERROR "func literal does not escape$"
	f()
	f()
	return x
}

// Returned: the literal escapes and the modified capture moves to the heap.
func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

// Returned, but the capture is never modified: captured by value, no move.
func constant(v int) func() int {
	return func() int { return v } // ERROR "func literal escapes to heap$"
}

// Stored in a global.
func storeFunc() {
	y := 10 // ERROR "moved to heap: y$"
	sinkFunc = func() int { y--; return y } // ERROR "func literal escapes to heap$"
}

// Passed to a function that only calls it.
func apply(f func(int) int, v int) int { // ERROR "f does not escape$"
	return f(v)
}

func useApply() int {
	k := 3
	return apply(func(x int) int { return x * k }, 4) // ERROR "func literal does not escape$"
}

// Passed to a function that keeps it.
var kept []func() int

func keep(f func() int) { // ERROR "leaking param: f$"
	kept = append(kept, f)
}

func useKeep() {
	z := 5
	keep(func() int { return z }) // ERROR "func literal escapes to heap$"
}

// A closure that captures a pointer and writes through it.
func viaPointer(p *int) { // ERROR "p does not escape$"
	func() { *p = 7 }() // ERROR "func literal does not escape$"
}

// A closure capturing a large array by value (captured by reference instead).
func bigCapture() int {
	var arr [200]int
	arr[1] = 1
	f := func() int { return arr[1] } // ERROR "func literal does not escape$"
	return f()
}

// Nested closures: the inner one escapes with the outer result.
func nested() func() func() int {
	c := 0 // ERROR "moved to heap: c$"
	return func() func() int { // ERROR "func literal escapes to heap$"
		c++
		return func() int { return c } // ERROR "func literal escapes to heap$"
	}
}

// A closure capturing the address of a local.
func captureAddr() *int {
	v := 1 // ERROR "moved to heap: v$"
	g := func() *int { return &v } // ERROR "func literal does not escape$"
	return g()
}

// A closure that returns a new allocation.
func allocator() func() *int {
	return func() *int { return new(int) } // ERROR "func literal escapes to heap$" "new\(int\) escapes to heap$"
}

// A closure taking a pointer argument that it does not keep.
func closureParam() int {
	f := func(p *int) int { return *p } // ERROR "func literal does not escape$" "p does not escape$"
	x := 2
	return f(&x)
}

func main() {
	println(callNow(), callLocal())
	c := counter()
	println(c(), constant(3)())
	storeFunc()
	println(sinkFunc(), useApply())
	useKeep()
	x := 0
	viaPointer(&x)
	println(x, bigCapture(), nested()()(), *captureAddr(), *allocator()(), closureParam())
}
