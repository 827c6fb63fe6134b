// Escape analysis with package-level variables: every store into a global is a
// store to the heap (locals, parameters, composite literals, closures), whereas
// taking the address of a global or reading one allocates nothing; package
// initialisers.
package main

type config struct {
	name  string
	limit *int
	tags  []string
}

var (
	gInt    int
	gPtr    *int
	gConfig config
	gCfgPtr *config
	gSlice  []*int
	gMap    = map[string]*int{} // ERROR "map\[string\]\*int\{\} escapes to heap$"
	gFunc   func() int
	gAny    interface{}
	gArr    [4]*int
)

// Package-level &T{} and slice literals are laid out statically: no message
// (whereas gMap's map literal above is built by init code and escapes).
var defaults = &config{name: "default"}
var names = []string{"a", "b"}

// The address of a global: no allocation.
func addrGlobal() *int {
	return &gInt
}

// A local's address stored into a global.
func storeLocal() {
	x := 1 // ERROR "moved to heap: x$"
	gPtr = &x
}

// A parameter stored into a global struct field.
func setLimit(p *int) { // ERROR "leaking param: p$"
	gConfig.limit = p
}

// A composite literal assigned to a global pointer.
func newConfig(name string) { // ERROR "leaking param: name$"
	gCfgPtr = &config{name: name} // ERROR "&config\{\.\.\.\} escapes to heap$"
}

// Appending a local's address to a global slice.
func remember() {
	y := 2 // ERROR "moved to heap: y$"
	gSlice = append(gSlice, &y)
}

// A pointer stored into a global map.
func register(name string) { // ERROR "leaking param: name$"
	v := len(name) // ERROR "moved to heap: v$"
	gMap[name] = &v
}

// A closure stored into a global.
func setFunc(k int) {
	gFunc = func() int { return k * 2 } // ERROR "func literal escapes to heap$"
}

// A value converted to an interface stored into a global.
func setAny(s string) { // ERROR "leaking param: s$"
	gAny = s // ERROR "s escapes to heap$"
}

// A global array element.
func setArr(i int) {
	z := i // ERROR "moved to heap: z$"
	gArr[i%4] = &z
}

// Reading globals allocates nothing.
func readGlobals() int {
	n := gInt
	if gPtr != nil {
		n += *gPtr
	}
	return n + len(gConfig.tags)
}

// A local copy of a global struct: storing into the copy stays local.
func localCopy() int {
	c := gConfig
	w := 3
	c.limit = &w
	return *c.limit
}

// A slice of a global array.
func globalSlice() []*int {
	return gArr[:]
}

// Assigning a global to a local pointer and leaking the local.
func viaLocal() *config {
	p := gCfgPtr
	return p
}

func main() {
	*addrGlobal() = 1
	storeLocal()
	l := 5 // ERROR "moved to heap: l$"
	setLimit(&l)
	newConfig("c")
	remember()
	register("name")
	setFunc(3)
	setAny("s")
	setArr(1)
	println(readGlobals(), localCopy(), len(globalSlice()), viaLocal() != nil)
	println(defaults.name, len(names), gFunc())
}
