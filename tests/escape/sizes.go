// Escape analysis size limits (Go 1.19): an explicitly declared variable larger
// than 10 MB (ir.MaxStackVarSize) is moved to the heap; an implicit allocation
// (new, &T{}, make, slice literals) larger than 64 KB (ir.MaxImplicitStackVarSize)
// escapes; make with a non-constant length or capacity always escapes, whatever
// the value. The big arrays use int64 elements to keep them cheap to compile.
package main

const (
	kb64     = 64 << 10 / 8 // int64s in 64 KB
	mb10     = 10 << 20 / 8 // int64s in 10 MB
	smallLen = 16
)

type page [kb64]int64        // exactly 64 KB
type pagePlus [kb64 + 1]int64 // 64 KB + 8 bytes

// Explicit variables: exactly 10 MB stays, one element more moves.
func explicitAtLimit() int64 {
	var a [mb10]int64
	a[1] = 1
	return a[1]
}

func explicitOverLimit() int64 {
	var a [mb10 + 1]int64 // ERROR "moved to heap: a$"
	a[1] = 2
	return a[1]
}

// A 64 KB + 8 variable declared explicitly is far below 10 MB: stays.
func explicitMedium() int64 {
	var p pagePlus
	p[0] = 3
	return p[0]
}

// new: exactly 64 KB stays, one element more escapes.
func newAtLimit() int64 {
	p := new(page) // ERROR "new\(page\) does not escape$"
	p[0] = 4
	return p[0]
}

func newOverLimit() int64 {
	p := new(pagePlus) // ERROR "new\(pagePlus\) escapes to heap$"
	p[0] = 5
	return p[0]
}

// &T{} at and over the limit.
func addrAtLimit() int64 {
	p := &page{} // ERROR "&page\{\} does not escape$"
	return p[1]
}

func addrOverLimit() int64 {
	p := &pagePlus{} // ERROR "&pagePlus\{\} escapes to heap$"
	return p[1]
}

// make with a constant length at and over the limit.
func makeAtLimit() int {
	s := make([]int64, kb64) // ERROR "make\(\[\]int64, kb64\) does not escape$"
	return len(s)
}

func makeOverLimit() int {
	s := make([]int64, kb64+1) // ERROR "make\(\[\]int64, kb64 \+ 1\) escapes to heap$"
	return len(s)
}

// make with a named constant length and a constant capacity.
func makeNamedConst() int {
	s := make([]byte, smallLen, 2*smallLen) // ERROR "make\(\[\]byte, smallLen, 2 \* smallLen\) does not escape$"
	return cap(s)
}

// make with a non-constant length, even a tiny one, escapes.
func makeVar(n int) int {
	s := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
	return len(s)
}

func makeVarLocal() int {
	n := 1
	s := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
	return len(s)
}

// Constant length with a non-constant capacity.
func makeVarCap(n int) int {
	s := make([]int, 2, n) // ERROR "make\(\[\]int, 2, n\) escapes to heap$"
	return len(s)
}

// Zero-length and zero-size element makes.
func makeZero() int {
	s := make([]int, 0) // ERROR "make\(\[\]int, 0\) does not escape$"
	e := make([]struct{}, 100) // ERROR "make\(\[\]struct \{\}, 100\) does not escape$"
	return len(s) + len(e)
}

func makeZeroVar(n int) int {
	e := make([]struct{}, n) // ERROR "make\(\[\]struct \{\}, n\) escapes to heap$"
	return len(e)
}

// A map make with a big constant hint still does not escape (the hint is not a
// size of the map header).
func mapHint() int {
	m := make(map[int]int, 1<<20) // ERROR "make\(map\[int\]int, 1 << 20\) does not escape$"
	m[1] = 1
	return len(m)
}

// A composite literal of an array type just over 64 KB, by address.
func literalOver() int64 {
	p := &pagePlus{1, 2, 3} // ERROR "&pagePlus\{\.\.\.\} escapes to heap$"
	return p[2]
}

// A slice literal whose backing array is small.
func sliceLiteral() int {
	s := []int64{1, 2, 3, 4} // ERROR "\[\]int64\{\.\.\.\} does not escape$"
	return len(s)
}

// A variable that is big by element count but small in bytes.
func manySmall() int {
	var b [100000]bool
	s := b[:]
	return len(s)
}

func main() {
	println(explicitAtLimit(), explicitOverLimit(), explicitMedium())
	println(newAtLimit(), newOverLimit(), addrAtLimit(), addrOverLimit())
	println(makeAtLimit(), makeOverLimit(), makeNamedConst(), makeVar(2), makeVarLocal())
	println(makeVarCap(3), makeZero(), makeZeroVar(4), mapHint(), literalOver())
	println(sliceLiteral(), manySmall())
}
