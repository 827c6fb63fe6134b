// Escape analysis of methods: value and pointer receivers that leak, leak to a
// result or do not escape; calls on addressable locals (implicit &x); methods
// promoted through embedded values and pointers; receivers stored in fields.
package main

type counter struct {
	n    int
	name string
}

var sinkCounter *counter
var sinkString string

// A pointer receiver that is only read and written through.
func (c *counter) inc() { // ERROR "c does not escape$"
	c.n++
}

// A pointer receiver returned.
func (c *counter) self() *counter { // ERROR "leaking param: c to result ~r0 level=0$"
	return c
}

// A pointer receiver stored globally.
func (c *counter) register() { // ERROR "leaking param: c$"
	sinkCounter = c
}

// A value receiver: its string field flows to the result.
func (c counter) label() string { // ERROR "leaking param: c to result ~r0 level=0$"
	return c.name
}

// A value receiver whose string is stored globally.
func (c counter) publish() { // ERROR "leaking param: c$"
	sinkString = c.name
}

// A pointer receiver whose field flows to the result (level 1).
func (c *counter) nameOf() string { // ERROR "leaking param: c to result ~r0 level=1$"
	return c.name
}

// A method with a pointer argument besides the receiver.
func (c *counter) addFrom(p *int) { // ERROR "c does not escape$" "p does not escape$"
	c.n += *p
}

// A method storing its argument in the receiver.
type list struct {
	head *item
}

type item struct {
	v    int
	next *item
}

func (l *list) push(it *item) { // ERROR "leaking param content: l$" "leaking param: it$"
	it.next = l.head
	l.head = it
}

func (l *list) pushValue(v int) { // ERROR "leaking param content: l$"
	l.push(&item{v: v}) // ERROR "&item\{\.\.\.\} escapes to heap$"
}

// Embedding by value and by pointer.
type named struct {
	counter
	tag string
}

type wrapped struct {
	*counter
}

func useEmbedded() int {
	var n named
	n.inc()
	n.inc()
	return n.n
}

func useEmbeddedPtr(c *counter) int { // ERROR "c does not escape$"
	w := wrapped{c}
	w.inc()
	return w.n
}

// A local whose method registers it: the local moves to the heap.
func registerLocal() {
	c := counter{name: "local"} // ERROR "moved to heap: c$"
	c.register()
}

// A local whose pointer method does not leak: it stays.
func incLocal() int {
	var c counter
	c.inc()
	x := 3
	c.addFrom(&x)
	return c.n
}

// Method chaining through self.
func chain() int {
	c := &counter{} // ERROR "&counter\{\} does not escape$"
	c.self().inc()
	return c.n
}

func buildList() int {
	var l list
	for i := 0; i < 3; i++ {
		l.pushValue(i)
	}
	n := 0
	for it := l.head; it != nil; it = it.next {
		n++
	}
	return n
}

func main() {
	println(useEmbedded(), useEmbeddedPtr(&counter{})) // ERROR "&counter\{\} does not escape$"
	registerLocal()
	println(incLocal(), chain(), buildList())
	c := counter{name: "x"}
	println(c.label(), c.nameOf())
	c.publish()
}
