// Escape analysis of method values (x.M bound to its receiver: a closure) and
// method expressions (T.M, (*T).M: plain functions): method values called in
// place, stored, returned, passed; value and pointer receivers; method values of
// interfaces.
package main

type acc struct{ total int }

func (a *acc) add(n int) { a.total += n } // ERROR "a does not escape$"

func (a acc) get() int { return a.total }

type adder interface {
	add(n int)
}

var sinkFn func(int)
var sinkGet func() int

// A method value called immediately: does not escape.
func callBound() int {
	a := &acc{} // ERROR "&acc\{\} does not escape$"
	f := a.add // ERROR "a\.add does not escape$"
	f(2)
	return a.total
}

// A method value stored in a global: the bound receiver escapes.
func storeBound() {
	a := &acc{} // ERROR "&acc\{\} escapes to heap$"
	sinkFn = a.add // ERROR "a\.add escapes to heap$"
}

// A method value of a value receiver stored: the copy escapes.
func storeValue() {
	var a acc
	sinkGet = a.get // ERROR "a\.get escapes to heap$"
}

// A method value returned.
func bound(a *acc) func(int) { // ERROR "leaking param: a$"
	return a.add // ERROR "a\.add escapes to heap$"
}

// A method value of an addressable local returned: the local moves.
func boundLocal() func(int) {
	var a acc // ERROR "moved to heap: a$"
	return a.add // ERROR "a\.add escapes to heap$"
}

// A method value passed to a function that calls it.
func apply(f func(int), n int) { // ERROR "f does not escape$"
	f(n)
}

func useApply() int {
	var a acc
	apply(a.add, 5) // ERROR "a\.add does not escape$"
	return a.total
}

// A method value of an interface.
func ifaceValue(ad adder) func(int) { // ERROR "leaking param: ad$"
	return ad.add // ERROR "ad\.add escapes to heap$"
}

func ifaceLocal(ad adder) { // ERROR "leaking param: ad$"
	f := ad.add // ERROR "ad\.add does not escape$"
	f(1)
}

// Method expressions are plain functions: nothing is bound.
func methodExpr() int {
	a := acc{}
	add := (*acc).add
	add(&a, 3)
	get := acc.get
	return get(a)
}

// A method expression stored globally.
func storeExpr() {
	g := acc.get
	sinkGet = func() int { return g(acc{total: 1}) } // ERROR "func literal escapes to heap$"
}

// Method values in a slice.
func table() int {
	a := &acc{} // ERROR "&acc\{\} does not escape$"
	fs := []func(int){a.add, a.add} // ERROR "\[\]func\(int\)\{\.\.\.\} does not escape$" "a\.add does not escape$"
	for i, f := range fs {
		f(i)
	}
	return a.total
}

func main() {
	println(callBound())
	storeBound()
	storeValue()
	x := &acc{} // ERROR "&acc\{\} escapes to heap$"
	bound(x)(1)
	boundLocal()(2)
	println(useApply(), x.total)
	ifaceValue(x)(3)
	ifaceLocal(x)
	println(methodExpr(), table())
	storeExpr()
	println(sinkGet())
}
