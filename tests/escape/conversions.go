// Escape analysis of conversions: named types over pointerful types (no
// allocation), conversions to interfaces of values of different sizes and kinds
// (ints, floats, bools, strings, structs, arrays, pointers, slices, maps,
// functions), constants converted to interfaces, interface-to-interface.
package main

type myInt int
type intPtr *int
type names []string

type stringer interface{ String() string }

type label string

func (l label) String() string { return string(l) } // ERROR "leaking param: l to result ~r0 level=0$"

var sinkAny interface{}
var sinkStringer stringer

// Converting between named and unnamed pointer types allocates nothing.
func toIntPtr(p *int) intPtr { // ERROR "leaking param: p to result ~r0 level=0$"
	return intPtr(p)
}

func toNames(s []string) names { // ERROR "leaking param: s to result ~r0 level=0$"
	return names(s)
}

// Numeric conversions of values.
func numeric(x int) float64 {
	return float64(myInt(x))
}

// Conversions to interface{} of values of several kinds, stored.
func storeKinds(i int, f float64, b bool, s string) { // ERROR "leaking param: s$"
	sinkAny = i // ERROR "i escapes to heap$"
	sinkAny = f // ERROR "f escapes to heap$"
	sinkAny = b // ERROR "b escapes to heap$"
	sinkAny = s // ERROR "s escapes to heap$"
}

// A small struct, an array and a byte.
type pair struct{ a, b int }

func storeComposite(p pair, a [3]int, c byte) {
	sinkAny = p // ERROR "p escapes to heap$"
	sinkAny = a // ERROR "a escapes to heap$"
	sinkAny = c // ERROR "c escapes to heap$"
}

// Pointer-shaped values (pointers, maps, funcs) are stored in the interface
// word directly: no allocation and no message for the conversion itself, but
// the parameters leak.
func storePointerShaped(p *int, m map[int]int, f func()) { // ERROR "leaking param: p$" "leaking param: m$" "leaking param: f$"
	sinkAny = p
	sinkAny = m
	sinkAny = f
}

// A slice is not pointer-shaped.
func storeSlice(s []int) { // ERROR "leaking param: s$"
	sinkAny = s // ERROR "s escapes to heap$"
}

// Constants converted to interfaces.
func storeConstants() {
	sinkAny = 42 // ERROR "42 escapes to heap$"
	sinkAny = "const" // ERROR `"const" escapes to heap$`
	sinkAny = 1.5 // ERROR "1\.5 escapes to heap$"
	sinkAny = myInt(7) // ERROR "myInt\(7\) escapes to heap$"
}

// An explicit conversion to interface{}.
func explicit(x int) interface{} {
	return interface{}(x) // ERROR "\(interface \{\}\)\(x\) escapes to heap$"
}

// A named string type to a non-empty interface.
func asStringer(l label) { // ERROR "leaking param: l$"
	sinkStringer = l // ERROR "l escapes to heap$"
}

// A conversion that does not escape: used in a comparison.
func compare(x int, v interface{}) bool { // ERROR "v does not escape$"
	return v == interface{}(x) // ERROR "\(interface \{\}\)\(x\) does not escape$"
}

// Interface to interface.
func narrow(v interface{}) stringer { // ERROR "leaking param: v to result ~r0 level=0$"
	s, _ := v.(stringer)
	return s
}

func widen(s stringer) { // ERROR "leaking param: s$"
	sinkAny = s
}

// A conversion of a local struct to an interface passed to a non-leaking
// function.
func size(v interface{}) int { // ERROR "v does not escape$"
	if v == nil {
		return 0
	}
	return 1
}

func passLocal() int {
	p := pair{1, 2}
	return size(p) + size(&p) // ERROR "p does not escape$"
}

// A conversion of a function result.
func result() interface{} {
	return numeric(2) // ERROR "numeric\(2\) escapes to heap$"
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	println(toIntPtr(&x) != nil, len(toNames(nil)), numeric(3))
	storeKinds(1, 2.5, true, "s")
	storeComposite(pair{1, 2}, [3]int{}, 'c')
	storePointerShaped(&x, nil, nil)
	storeSlice([]int{1}) // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	storeConstants()
	println(explicit(4) != nil, compare(1, 1), narrow(label("l")) != nil) // ERROR "1 does not escape$" `label\("l"\) does not escape$`
	asStringer("a")
	widen(label("w")) // ERROR `label\("w"\) escapes to heap$`
	println(passLocal(), result() != nil)
}
