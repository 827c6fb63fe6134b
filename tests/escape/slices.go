// Escape analysis of slices: make with constant and non-constant lengths and
// capacities, slice literals, append (to locals, parameters and globals),
// copy, slicing local arrays, slices of pointers, reslicing.
package main

var sinkSlice []int
var sinkPtrs []*int

// A small constant-size make used locally stays on the stack.
func smallMake() int {
	s := make([]int, 8) // ERROR "make\(\[\]int, 8\) does not escape$"
	s[0] = 1
	return s[0]
}

// A non-constant length always goes to the heap.
func varMake(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

// Constant length, non-constant capacity.
func varCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) escapes to heap$"
	s = append(s, 1)
	return len(s)
}

// A constant-size make that is returned.
func returnMake() []int {
	return make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

// A slice literal stored in a global.
func storeLiteral() {
	sinkSlice = []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

// append to a local slice that stays local.
func appendLocal() int {
	var s []int
	for i := 0; i < 4; i++ {
		s = append(s, i)
	}
	return len(s)
}

// append to a parameter, result returned.
func appendParam(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, v)
}

// append of pointers: the appended values leak.
func appendPtr(s []*int, p *int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: p$"
	return append(s, p)
}

// append to a global.
func appendGlobal(v int) {
	sinkSlice = append(sinkSlice, v)
}

// Append of pointers to locals to a global slice.
func appendLocalPtr() {
	x := 3 // ERROR "moved to heap: x$"
	sinkPtrs = append(sinkPtrs, &x)
}

// copy between two slices: neither escapes.
func copyInts(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

// Slicing a local array: does not escape when used locally.
func arraySlice() int {
	var a [8]int
	s := a[2:5]
	return len(s) + cap(s)
}

// Slicing a local array into a global: the array moves.
func arraySliceGlobal() {
	var a [8]int // ERROR "moved to heap: a$"
	sinkSlice = a[:]
}

// A slice of a parameter pointer to an array.
func sliceArrayPtr(p *[4]int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p[1:3]
}

// Reading an element of a slice of pointers returns the content.
func elem(s []*int, i int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[i]
}

// Storing into an element of a slice of pointers.
func setElem(s []*int, p *int) { // ERROR "s does not escape$" "leaking param: p$"
	s[0] = p
}

// A 2D slice built with non-constant make.
func grid(n int) [][]int {
	g := make([][]int, n) // ERROR "make\(\[\]\[\]int, n\) escapes to heap$"
	for i := range g {
		g[i] = make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	}
	return g
}

// A three-index slice expression.
func limit(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[:1:1]
}

// A slice literal of pointers to locals used locally.
func ptrLiteral() int {
	a, b := 1, 2
	ps := []*int{&a, &b} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return *ps[0] + *ps[1]
}

func main() {
	println(smallMake(), varMake(3), varCap(2), len(returnMake()))
	storeLiteral()
	println(appendLocal(), len(appendParam(nil, 1)))
	y := 1 // ERROR "moved to heap: y$"
	println(len(appendPtr(nil, &y)))
	appendGlobal(4)
	appendLocalPtr()
	println(copyInts(make([]int, 2), []int{1, 2}), arraySlice()) // ERROR "make\(\[\]int, 2\) does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	arraySliceGlobal()
	arr := [4]int{1, 2, 3, 4}
	println(len(sliceArrayPtr(&arr)))
	z := 5 // ERROR "moved to heap: z$"
	ps := []*int{&z} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	println(*elem(ps, 0))
	setElem(ps, &z)
	println(len(grid(2)), len(limit([]int{1, 2})), ptrLiteral()) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
