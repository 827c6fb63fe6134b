// Escape analysis of defer: deferred function literals and calls (at top level,
// in loops, in conditionals), arguments evaluated at the defer, deferred
// closures that modify named results, recover.
package main

var sinkPtr *int

func noop() {}

func release(p *int) { // ERROR "p does not escape$"
	*p = 0
}

func leak(p *int) { // ERROR "leaking param: p$"
	sinkPtr = p
}

// A deferred literal at top level: does not escape.
func topLevel() (n int) {
	defer func() { n *= 2 }() // ERROR "func literal does not escape$"
	n = 3
	return
}

// A deferred literal in a loop: every iteration's closure escapes.
func inLoop() (n int) { // ERROR "moved to heap: n$"
	for i := 0; i < 3; i++ {
		defer func() { n++ }() // ERROR "func literal escapes to heap$"
	}
	return 0
}

// A deferred literal in a conditional: still at most once, does not escape.
func inIf(c bool) (n int) {
	if c {
		defer func() { n = 7 }() // ERROR "func literal does not escape$"
	}
	return 1
}

// A deferred call with a pointer argument that the callee does not keep.
func deferRelease() int {
	x := 5
	defer release(&x)
	return x
}

// A deferred call whose callee keeps its argument.
func deferLeak() {
	y := 6 // ERROR "moved to heap: y$"
	defer leak(&y)
}

// A deferred call with an argument evaluated at the defer.
func deferArg() {
	v := 1
	defer println(v)
	v = 2
}

// A deferred closure capturing a pointer to a local.
func deferCapture() int {
	z := 0
	p := &z
	defer func() { *p = 1 }() // ERROR "func literal does not escape$"
	return z
}

// recover in a deferred closure.
func safeDiv(a, b int) (q int, err interface{}) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = r
		}
	}()
	q = a / b
	return
}

// A deferred method value.
type closer struct{ closed bool }

func (c *closer) close() { c.closed = true } // ERROR "c does not escape$"

func deferMethod() bool {
	c := &closer{} // ERROR "&closer\{\} does not escape$"
	defer c.close()
	return c.closed
}

// A deferred literal with arguments.
func deferWithArgs() {
	s := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	defer func(xs []int) { // ERROR "func literal does not escape$" "xs does not escape$"
		println(len(xs))
	}(s)
}

// A deferred plain function.
func deferPlain() {
	defer noop()
}

// A deferred literal in a loop capturing the loop variable's address.
func loopCapture() {
	for i := 0; i < 2; i++ {
		j := i
		defer func() { println(j) }() // ERROR "func literal escapes to heap$"
	}
}

func main() {
	println(topLevel(), inLoop(), inIf(true), deferRelease())
	deferLeak()
	deferArg()
	println(deferCapture())
	q, err := safeDiv(1, 0)
	println(q, err != nil, deferMethod())
	deferWithArgs()
	deferPlain()
	loopCapture()
}
