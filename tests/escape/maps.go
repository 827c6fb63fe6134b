// Escape analysis of maps: map literals and make(map) that stay local or escape,
// pointers stored as keys or values, map parameters (reads, writes, returns),
// range over maps, maps of slices and of structs with pointers, delete.
package main

var sinkMap map[string]int
var sinkPtr *int

// A local map that never leaves the function.
func countWords(words []string) int { // ERROR "leaking param content: words$"
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

// A map with a size hint.
func hinted(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape$"
	m[1] = n
	return m[1]
}

// A map literal returned.
func literal() map[string]int {
	return map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
}

// A map stored in a global.
func storeMap() {
	sinkMap = make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
}

// A pointer stored as a map value: the map stays on the stack, but map storage
// counts as the heap, so the pointee moves.
func ptrValues() int {
	x := 1 // ERROR "moved to heap: x$"
	m := map[string]*int{"x": &x} // ERROR "map\[string\]\*int\{\.\.\.\} does not escape$"
	return *m["x"]
}

// The same for a pointer stored as a map key.
func ptrKeys() int {
	k := 2 // ERROR "moved to heap: k$"
	m := map[*int]bool{} // ERROR "map\[\*int\]bool\{\} does not escape$"
	m[&k] = true
	return len(m)
}

// Writing to a map parameter: the key and value leak.
func put(m map[string]*int, k string, v *int) { // ERROR "m does not escape$" "leaking param: k$" "leaking param: v$"
	m[k] = v
}

// Reading a pointer value from a map parameter.
func get(m map[string]*int, k string) *int { // ERROR "m does not escape$" "k does not escape$"
	return m[k]
}

// Range over a map of pointers, storing one globally.
func firstPtr(m map[int]*int) { // ERROR "leaking param content: m$"
	for _, v := range m {
		sinkPtr = v
		return
	}
}

// A map of slices built locally.
func groups(xs []int) int { // ERROR "xs does not escape$"
	g := map[bool][]int{} // ERROR "map\[bool\]\[\]int\{\} does not escape$"
	for _, x := range xs {
		g[x%2 == 0] = append(g[x%2 == 0], x)
	}
	return len(g[true])
}

// delete with a string key built from bytes.
func remove(m map[string]int, b []byte) { // ERROR "m does not escape$" "b does not escape$"
	delete(m, string(b)) // ERROR "string\(b\) does not escape$"
}

// Lookup with a string key built from bytes.
func has(m map[string]int, b []byte) bool { // ERROR "m does not escape$" "b does not escape$"
	_, ok := m[string(b)] // ERROR "string\(b\) does not escape$"
	return ok
}

// A struct value with a pointer stored into a map.
type entry struct {
	name *string
}

func addEntry(m map[int]entry, s string) { // ERROR "m does not escape$" "moved to heap: s$"
	m[len(s)] = entry{name: &s}
}

// A map of maps.
func nested() int {
	mm := map[string]map[string]int{} // ERROR "map\[string\]map\[string\]int\{\} does not escape$"
	mm["a"] = map[string]int{"b": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
	return mm["a"]["b"]
}

func main() {
	println(countWords([]string{"a", "b", "a"}), hinted(3), len(literal())) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	storeMap()
	println(ptrValues(), ptrKeys())
	m := map[string]*int{} // ERROR "map\[string\]\*int\{\} does not escape$"
	v := 1 // ERROR "moved to heap: v$"
	put(m, "v", &v)
	println(*get(m, "v"))
	firstPtr(map[int]*int{1: &v}) // ERROR "map\[int\]\*int\{\.\.\.\} does not escape$"
	println(groups([]int{1, 2, 3})) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	ms := map[string]int{"ab": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	remove(ms, []byte("ab")) // ERROR `\(\[\]byte\)\("ab"\) does not escape$`
	println(has(ms, []byte("ab"))) // ERROR `\(\[\]byte\)\("ab"\) does not escape$`
	addEntry(map[int]entry{}, "xyz") // ERROR "map\[int\]entry\{\} does not escape$"
	println(nested())
}
