// Escape analysis of results: returning the address of a local, of new(T), of a
// composite literal; returning slices of local arrays, maps, closures; named
// results whose address is taken; results discarded by the caller.
package main

type node struct {
	val  int
	next *node
}

// The address of a local that is returned: the local moves to the heap.
func newInt(v int) *int {
	x := v // ERROR "moved to heap: x$"
	return &x
}

// new(T) returned.
func newNode() *node {
	return new(node) // ERROR "new\(node\) escapes to heap$"
}

// &T{...} returned.
func makeNode(v int, next *node) *node { // ERROR "leaking param: next$"
	return &node{val: v, next: next} // ERROR "&node\{\.\.\.\} escapes to heap$"
}

// &T{...} that does not outlive the call.
func nodeVal(v int) int {
	n := &node{val: v} // ERROR "&node\{\.\.\.\} does not escape$"
	return n.val
}

// A slice of a local array returned: the array moves to the heap.
func sliceOfArray() []int {
	var arr [4]int // ERROR "moved to heap: arr$"
	arr[0] = 1
	return arr[:]
}

// A slice of a local array used only locally.
func sumArray() int {
	arr := [3]int{1, 2, 3}
	s := arr[:]
	return s[0] + s[1] + s[2]
}

// Returning a composite literal slice or map.
func makeSlice() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func makeMap() map[int]string {
	return map[int]string{1: "one"} // ERROR "map\[int\]string\{\.\.\.\} escapes to heap$"
}

// A named result whose address is taken by a closure that is called.
func namedResult() (n int) {
	inc := func() { n++ } // ERROR "func literal does not escape$"
	inc()
	return
}

// A named result pointer set from new.
func namedPtr() (p *int) {
	p = new(int) // ERROR "new\(int\) escapes to heap$"
	*p = 3
	return
}

// Two pointer results, one of which is a fresh allocation.
func twoResults(q *int) (*int, *int) { // ERROR "leaking param: q to result ~r0 level=0$"
	return q, new(int) // ERROR "new\(int\) escapes to heap$"
}

// A result that is a struct value containing a pointer to a local.
type holder struct {
	p *int
}

func makeHolder() holder {
	v := 42 // ERROR "moved to heap: v$"
	return holder{p: &v}
}

// A struct returned by value, with no pointers: nothing escapes.
type point struct{ x, y int }

func makePoint() point {
	p := point{1, 2}
	return p
}

// The address of a point returned.
func makePointPtr() *point {
	p := point{3, 4} // ERROR "moved to heap: p$"
	return &p
}

// A result discarded by the caller still escapes (the callee does not know).
func discard() {
	newInt(1)
	_ = makeNode(2, nil)
}

// Returning an error value built locally.
type myErr struct{ code int }

func (e *myErr) Error() string { return "err" } // ERROR "e does not escape$"

func fail(c int) error {
	return &myErr{code: c} // ERROR "&myErr\{\.\.\.\} escapes to heap$"
}

func main() {
	println(*newInt(1), newNode().val, makeNode(2, nil).val, nodeVal(3))
	println(len(sliceOfArray()), sumArray(), len(makeSlice()), len(makeMap()))
	println(namedResult(), *namedPtr())
	z := 0
	a, b := twoResults(&z)
	println(*a, *b, *makeHolder().p, makePoint().x, makePointPtr().y)
	discard()
	println(fail(1).Error())
}
