// Escape analysis of structs: pointer fields assigned from locals and
// parameters, nested composite literals, struct copies, arrays inside structs,
// anonymous structs, addresses of fields.
package main

type inner struct {
	p *int
}

type outer struct {
	in  inner
	ptr *inner
	arr [4]*int
}

var sinkOuter outer
var sinkInner *inner
var sinkInt *int

// A struct local with a pointer field to another local: all on the stack.
func localOnly() int {
	x := 1
	o := outer{in: inner{p: &x}}
	return *o.in.p
}

// The same struct stored globally: x moves to the heap.
func storeOuter() {
	x := 1 // ERROR "moved to heap: x$"
	sinkOuter = outer{in: inner{p: &x}}
}

// A nested &T{} inside a composite literal that escapes.
func nestedPtr() *outer {
	return &outer{ptr: &inner{}} // ERROR "&outer\{\.\.\.\} escapes to heap$" "&inner\{\} escapes to heap$"
}

// A nested &T{} that does not escape.
func nestedLocal() bool {
	o := outer{ptr: &inner{}} // ERROR "&inner\{\} does not escape$"
	return o.ptr.p == nil
}

// The address of a field of a local struct stored globally.
func fieldAddr() {
	var o outer // ERROR "moved to heap: o$"
	sinkInner = &o.in
}

// The address of a field of a parameter struct pointer returned.
func fieldOfParam(o *outer) *inner { // ERROR "leaking param: o to result ~r0 level=0$"
	return &o.in
}

// A struct copy: copying the value copies the pointer.
func copyOut(o outer) *int { // ERROR "leaking param: o to result ~r0 level=0$"
	c := o
	return c.in.p
}

// Pointers in an array field.
func arrayField(a, b *int) outer { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	var o outer
	o.arr[0] = a
	o.arr[1] = b
	return o
}

// An anonymous struct.
func anon(v int) int {
	s := struct {
		p *int
		n int
	}{&v, 2}
	return *s.p + s.n
}

// An anonymous struct pointer returned.
func anonPtr() *struct{ a, b int } {
	return &struct{ a, b int }{1, 2} // ERROR "&struct \{ a int; b int \}\{\.\.\.\} escapes to heap$"
}

// Storing a parameter into a field of another parameter.
func link(dst *inner, p *int) { // ERROR "dst does not escape$" "leaking param: p$"
	dst.p = p
}

// Reading a pointer field of a parameter and storing it globally.
func leakField(i *inner) { // ERROR "leaking param content: i$"
	sinkInt = i.p
}

// A struct with a field pointing to itself.
type self struct {
	me *self
	v  int
}

func selfRef() int {
	var s self
	s.me = &s
	return s.me.v
}

// A big struct returned by pointer.
type big struct {
	vals [64]int
}

func newBig() *big {
	var b big // ERROR "moved to heap: b$"
	b.vals[0] = 1
	return &b
}

func main() {
	println(localOnly())
	storeOuter()
	println(nestedPtr().ptr != nil, nestedLocal())
	fieldAddr()
	o := outer{}
	println(fieldOfParam(&o) != nil, copyOut(o) == nil)
	a, b := 1, 2
	println(arrayField(&a, &b).arr[0] != nil, anon(3), anonPtr().a)
	var i inner
	z := 4 // ERROR "moved to heap: z$"
	link(&i, &z)
	leakField(&i)
	println(selfRef(), newBig().vals[0])
}
