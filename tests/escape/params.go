// Escape analysis of function parameters: which pointer parameters leak to the
// heap, to a result (level 0 and level 1), only by their content, or not at all;
// parameters of pointerful struct, slice, map and string types; unused and blank
// parameters.
package main

type pair struct {
	a, b *int
}

var sinkPtr *int
var sinkPtrPtr **int
var sinkPair pair
var sinkInts []int

// p is only read: it does not escape.
func readInt(p *int) int { // ERROR "p does not escape$"
	return *p
}

// p is stored in a global: it leaks.
func storeGlobal(p *int) { // ERROR "leaking param: p$"
	sinkPtr = p
}

// p flows to the result unchanged: leaks to result level=0.
func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

// The pointee of pp flows to the result: level=1.
func deref(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

// Only what pp points to is stored globally: leaking param content.
func storeContent(pp **int) { // ERROR "leaking param content: pp$"
	sinkPtr = *pp
}

// Two parameters, two results.
func swap(a, b *int) (*int, *int) { // ERROR "leaking param: a to result ~r1 level=0$" "leaking param: b to result ~r0 level=0$"
	return b, a
}

// Named results.
func pick(c bool, a, b *int) (r *int) { // ERROR "leaking param: a to result r level=0$" "leaking param: b to result r level=0$"
	if c {
		r = a
	} else {
		r = b
	}
	return
}

// Storing one parameter into another's pointee makes it leak.
func storeInto(dst **int, src *int) { // ERROR "dst does not escape$" "leaking param: src$"
	*dst = src
}

// A struct holding pointers passed by value.
func pairFirst(p pair) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p.a
}

func pairStore(p pair) { // ERROR "leaking param: p$"
	sinkPair = p
}

// A pointer to a struct: reading a field is not a leak of p, but the field's
// value (p's content) goes to the result.
func pairField(p *pair) *int { // ERROR "leaking param: p to result ~r0 level=1$"
	return p.b
}

// Slices: the backing array is the slice's pointer.
func sumInts(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func keepInts(s []int) { // ERROR "leaking param: s$"
	sinkInts = s
}

func tail(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

// Maps are pointers too.
func lookup(m map[string]int, k string) int { // ERROR "m does not escape$" "k does not escape$"
	return m[k]
}

func mapToResult(m map[string]int) map[string]int { // ERROR "leaking param: m to result ~r0 level=0$"
	return m
}

// Strings carry a pointer: returning one leaks it to the result.
func firstWord(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

// Unused and blank parameters of pointer type.
func ignore(p *int, _ *int) int { // ERROR "p does not escape$"
	return 7
}

// A parameter passed on to a function that leaks it.
func forward(p *int) { // ERROR "leaking param: p$"
	storeGlobal(p)
}

// A parameter passed to a function that does not leak it.
func forwardRead(p *int) int { // ERROR "p does not escape$"
	return readInt(p) + 1
}

// A parameter whose address is taken and stored.
func addrOfParam(x int) { // ERROR "moved to heap: x$"
	sinkPtr = &x
}

// A pointer to a pointer stored whole.
func storePtrPtr(pp **int) { // ERROR "leaking param: pp$"
	sinkPtrPtr = pp
}

func main() {
	x, y := 1, 2
	println(readInt(&x))
	z := 3 // ERROR "moved to heap: z$"
	storeGlobal(&z)
	println(*identity(&x))
	px := &x
	println(*deref(&px))
	w := 4 // ERROR "moved to heap: w$"
	pw := &w
	storeContent(&pw)
	a, b := swap(&x, &y)
	println(*a, *b, *pick(true, &x, &y))
	var dst *int
	v := 5 // ERROR "moved to heap: v$"
	storeInto(&dst, &v)
	println(*pairFirst(pair{&x, &y}))
	pairStore(pair{})
	println(*pairField(&pair{a: &x, b: &y})) // ERROR "&pair\{\.\.\.\} does not escape$"
	println(sumInts([]int{1, 2, 3})) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	keepInts([]int{4, 5}) // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	println(len(tail([]int{6, 7, 8}))) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	println(lookup(m, "a"), len(mapToResult(m)))
	println(firstWord("hello world"), ignore(nil, nil))
	u := 6 // ERROR "moved to heap: u$"
	forward(&u)
	println(forwardRead(&x))
	addrOfParam(9)
	q := 10 // ERROR "moved to heap: q$"
	pq := &q // ERROR "moved to heap: pq$"
	storePtrPtr(&pq)
}
