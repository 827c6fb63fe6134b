// Escape analysis of assignments through dereference levels: x = *p, p = &x,
// **pp, chains of addresses (&&-like via locals), level=1 and level=2 leaks to
// results, stores through pointers to pointers, pointer swaps.
package main

var sinkPtr *int
var sinkPtrPtr **int
var sinkInt int

// x = *p: the value is copied, p does not escape.
func load(p *int) int { // ERROR "p does not escape$"
	x := *p
	return x
}

// p = &x then *p read: x stays on the stack.
func addrLocal() int {
	x := 1
	p := &x
	return *p
}

// p = &x then p stored: x moves.
func addrStored() {
	x := 2 // ERROR "moved to heap: x$"
	p := &x
	sinkPtr = p
}

// pp = &p, p = &x, then *pp stored: x moves, p does not.
func twoLevels() {
	x := 3 // ERROR "moved to heap: x$"
	p := &x
	pp := &p
	sinkPtr = *pp
}

// pp stored itself: both p and x move.
func twoLevelsStored() {
	x := 4 // ERROR "moved to heap: x$"
	p := &x // ERROR "moved to heap: p$"
	pp := &p
	sinkPtrPtr = pp
}

// **pp read: the deepest value is copied.
func loadTwice(pp **int) int { // ERROR "pp does not escape$"
	return **pp
}

// *pp returned: level=1.
func loadOnce(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

// **ppp returned: level=2.
func loadTwo(ppp ***int) *int { // ERROR "leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

// Store through a pointer to a pointer: *pp = p.
func storeThrough(pp **int, p *int) { // ERROR "pp does not escape$" "leaking param: p$"
	*pp = p
}

// Store through a parameter pointer of a local address.
func storeLocal(pp **int) { // ERROR "pp does not escape$"
	x := 5 // ERROR "moved to heap: x$"
	*pp = &x
}

// Swap two pointers through pointers.
func swap(a, b **int) { // ERROR "leaking param content: a$" "leaking param content: b$"
	*a, *b = *b, *a
}

// Reassigning a pointer variable: the last value flows out.
func reassign(a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	p := a
	p = b
	return p
}

// A pointer to a pointer of a parameter returned.
func addrOfParam(p *int) **int { // ERROR "moved to heap: p$"
	return &p
}

// A value loaded from a pointer into a global.
func loadGlobal(p *int) { // ERROR "p does not escape$"
	sinkInt = *p
}

// The address of a dereference: &*p is p.
func addrDeref(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return &*p
}

// A pointer chain through a struct and a slice.
type cell struct {
	ptr *int
}

func chain(cs []cell) *int { // ERROR "leaking param: cs to result ~r0 level=1$"
	c := &cs[0]
	return c.ptr
}

// Dereferencing a pointer parameter and taking the address of a copy.
func copyAddr(p *int) *int { // ERROR "p does not escape$"
	v := *p // ERROR "moved to heap: v$"
	return &v
}

// An assignment through a pointer to a local pointer, leaked later.
func indirect() {
	var p *int
	pp := &p
	y := 6 // ERROR "moved to heap: y$"
	*pp = &y
	sinkPtr = p
}

func main() {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	println(load(&a), addrLocal())
	addrStored()
	twoLevels()
	twoLevelsStored()
	pa := &a
	println(loadTwice(&pa), *loadOnce(&pa))
	ppa := &pa
	println(*loadTwo(&ppa))
	var q *int
	storeThrough(&q, &b)
	storeLocal(&q)
	pb := &b
	swap(&pa, &pb)
	println(*reassign(&a, &b), **addrOfParam(&a))
	loadGlobal(&a)
	println(*addrDeref(&a), *chain([]cell{{&a}}), *copyAddr(&b)) // ERROR "\[\]cell\{\.\.\.\} does not escape$"
	indirect()
}
