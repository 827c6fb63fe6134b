// What -m=2 explains (tests/escape/m2/explain.m2): the paths of leaking parameters
// and escaping values through assignments, returns, calls, closures (captured by
// value or by reference, through nested literals), go and defer statements (their
// arguments held by temporaries of Go's wrapper, constants converted to interfaces
// included), conversions of calls with ... arguments, implicit & of receivers and
// sliced arrays, map puts, sends, range loops, type switches, comma-ok forms, and
// the slice self-assignment b.buf = b.buf[n:] that stores nothing new.
package main

import "fmt"

type buffer struct {
	buf  []byte
	arr  [4]*int
	next *buffer
}

type counter struct{ n int }

func (c *counter) inc() { c.n++ } // ERROR "c does not escape$"

func (c counter) get() int { return c.n }

var sinkAny interface{}

var sinkPtr *int

var sinkBuf *buffer

var sinkFunc func() int

// A slice of itself: no new pointer.
func (b *buffer) advance(n int) { // ERROR "b does not escape$"
	b.buf = b.buf[n:] // ERROR "\(\*buffer\)\.advance ignoring self-assignment in b\.buf = b\.buf\[n:\]$"
}

// A slice of an array inside *b: b's own address.
func (b *buffer) window() { // ERROR "leaking param: b$"
	b.buf = nil
	sinkAny = b.arr[:] // ERROR "b\.arr\[:\] escapes to heap$"
}

// Through several assignments and a field.
func chain(p *int) { // ERROR "leaking param: p$"
	q := p
	var r *int
	r = q
	b := &buffer{} // ERROR "&buffer\{\} escapes to heap$"
	b.arr[0] = r
	sinkBuf = b
}

// Nested literals: the outer one captures x where the inner one is.
func nested(x int, p *int) func() func() int { // ERROR "leaking param: p$"
	return func() func() int { // ERROR "func literal escapes to heap$"
		y := 2 // ERROR "moved to heap: y$"
		return func() int { // ERROR "func literal escapes to heap$"
			y++
			sinkPtr = p
			return x + y
		}
	}
}

// Deferred and started calls: arguments in temporaries.
func deferred(n int, p *int) { // ERROR "leaking param: p$"
	for i := 0; i < n; i++ {
		defer fmt.Println("loop", i, p) // ERROR "\.\.\. argument does not escape$" `"loop" escapes to heap$` "i escapes to heap$"
	}
	defer fmt.Println("top", n) // ERROR "\.\.\. argument does not escape$" `"top" escapes to heap$` "n escapes to heap$"
	go fmt.Println(n + 1) // ERROR "\.\.\. argument does not escape$" "n \+ 1 escapes to heap$"
	c := &counter{} // ERROR "&counter\{\} does not escape$"
	defer c.inc()
	go func(q *int) { sinkPtr = q }(p) // ERROR "func literal escapes to heap$" "leaking param: q$"
}

// Conversions of calls with ... arguments, method values, receivers.
func calls(a int, s []string) { // ERROR "leaking param content: s$"
	sinkAny = fmt.Sprint(a) // ERROR "fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "a escapes to heap$"
	sinkAny = fmt.Sprint(s[0], a+1) // ERROR "fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "s\[0\] escapes to heap$" "a \+ 1 escapes to heap$"
	var c counter
	f := c.inc // ERROR "c\.inc does not escape$"
	f()
	var d counter
	sinkFunc = d.get // ERROR "d\.get escapes to heap$"
	var e counter
	e.inc()
}

// Map puts, sends, ranges, type switches and comma-ok forms.
func flows(m map[interface{}]*int, ch chan *int, xs []*int, v interface{}) { // ERROR "m does not escape$" "ch does not escape$" "leaking param content: xs$" "leaking param: v$"
	k := 1
	m[k] = xs[0] // ERROR "k escapes to heap$"
	ch <- xs[1]
	for _, x := range xs {
		sinkPtr = x
	}
	var arr [2]*int
	for _, x := range arr {
		sinkPtr = x
	}
	switch t := v.(type) {
	case *int:
		sinkPtr = t
	case []*int:
		sinkPtr = t[0]
	}
	if p, ok := v.(*int); ok {
		sinkPtr = p
	}
	if p, ok := m[k]; ok { // ERROR "k does not escape$"
		sinkPtr = p
	}
	select {
	case p, ok := <-ch:
		if ok {
			sinkPtr = p
		}
	default:
	}
	total := 0
	total += len(xs)
	sinkAny = total // ERROR "total escapes to heap$"
}

// How Go prints what it explains: a send of &T{} or of a literal, the same unary
// operator twice, a concatenation as an operand; a go statement's arguments
// converted to directional channels; a blank in a definition declares nothing.
func printing(a int, t bool, s string, ch chan *counter, fs chan func() int, out chan string) { // ERROR "leaking param: s$" "ch does not escape$" "fs does not escape$" "leaking param: out$"
	ch <- &counter{n: a} // ERROR "&counter\{\.\.\.\} escapes to heap$"
	fs <- func() int { return a } // ERROR "func literal escapes to heap$"
	sinkAny = - -a // ERROR "- \(-a\) escapes to heap$"
	sinkAny = !!t // ERROR "! \(!t\) escapes to heap$"
	sinkAny = s+s == s // ERROR "\(s \+ s\) == s escapes to heap$" "s \+ s does not escape$"
	go relay(out, out, s)
	_, ok := sinkAny.(int)
	sinkAny = ok // ERROR "ok escapes to heap$"
}

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

type fins struct{ n int }

func (f *fins) swim() int { return f.n } // ERROR "f does not escape$"

type labeled struct {
	shape
	name string
}

type fish struct {
	fins
	name string
}

func variadic(xs ...int) int { return len(xs) } // ERROR "xs does not escape$"

// Methods through embedded fields (an interface's, a struct's with its implicit &),
// an elided &T in a map literal, a variadic call without ... arguments, a deferred
// closure updating a result (captured after what it reads).
func embedded(l labeled, f fish) (r int) { // ERROR "leaking param: l$" "f does not escape$" "moved to heap: r$"
	sinkAny = l.shape.area() + l.area() // ERROR "l\.shape\.area\(\) \+ l\.shape\.area\(\) escapes to heap$"
	var g fish
	sinkAny = g.swim() // ERROR "\(\*fins\)\.swim\(g\.fins\) escapes to heap$"
	m := map[string]*counter{"a": {n: 1}} // ERROR "map\[string\]\*counter\{\.\.\.\} escapes to heap$" "&counter\{\.\.\.\} escapes to heap$"
	sinkAny = m
	sinkAny = variadic() // ERROR "variadic\(nil\.\.\.\) escapes to heap$"
	for i := 0; i < 2; i++ {
		x := i
		defer func() { r += x }() // ERROR "func literal escapes to heap$"
	}
	return f.swim()
}

func relay(in <-chan string, out chan<- string, s string) { // ERROR "in does not escape$" "out does not escape$" "s does not escape$"
	out <- <-in + s // ERROR "<-in \+ s escapes to heap$"
}

func main() {
	b := &buffer{buf: []byte("abc")} // ERROR "&buffer\{\.\.\.\} escapes to heap$" `\(\[\]byte\)\("abc"\) escapes to heap$`
	b.advance(1)
	b.window()
	n := 1 // ERROR "moved to heap: n$"
	chain(&n)
	nested(1, &n)()()
	deferred(2, &n)
	calls(1, []string{"x"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	m := map[interface{}]*int{} // ERROR "map\[interface \{\}\]\*int\{\} does not escape$"
	ch := make(chan *int, 2)
	flows(m, ch, []*int{&n, &n}, &n) // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
}
