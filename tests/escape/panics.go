// Escape analysis around panic and recover: panic's argument is converted to
// interface{} and always escapes; errors and pointers passed to panic; values
// recovered and returned; panics in deferred closures.
package main

import "errors"

type failure struct {
	code int
	msg  string
}

// A constant panic value.
func panicConst() {
	panic("constant") // ERROR `"constant" escapes to heap$`
}

// A non-constant int.
func panicInt(n int) {
	panic(n) // ERROR "n escapes to heap$"
}

// A string parameter: the parameter leaks.
func panicString(s string) { // ERROR "leaking param: s$"
	panic(s) // ERROR "s escapes to heap$"
}

// A struct value and a pointer to a local struct.
func panicStruct(code int) {
	f := failure{code: code}
	panic(f) // ERROR "f escapes to heap$"
}

func panicPtr(code int) {
	f := failure{code: code} // ERROR "moved to heap: f$"
	panic(&f)
}

// A composite literal pointer.
func panicLiteral() {
	panic(&failure{code: 1, msg: "literal"}) // ERROR "&failure\{\.\.\.\} escapes to heap$"
}

// An error value created with errors.New.
func panicErr() {
	panic(errors.New("err"))
}

// A pointer parameter.
func panicParam(p *failure) { // ERROR "leaking param: p$"
	if p != nil {
		panic(p)
	}
}

// recover returns the value; a type assertion picks it apart.
func catch(f func()) (code int) { // ERROR "f does not escape$"
	defer func() { // ERROR "func literal does not escape$"
		r := recover()
		if fl, ok := r.(*failure); ok {
			code = fl.code
		}
	}()
	f()
	return 0
}

// A recovered value returned as an interface.
func recovered(f func()) (v interface{}) { // ERROR "f does not escape$"
	defer func() { v = recover() }() // ERROR "func literal does not escape$"
	f()
	return nil
}

// A panic whose argument is built with concatenation.
func panicConcat(a, b string) { // ERROR "a does not escape$" "b does not escape$"
	panic(a + b) // ERROR "a \+ b escapes to heap$"
}

// A local slice passed to panic.
func panicSlice() {
	s := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	panic(s) // ERROR "s escapes to heap$"
}

func main() {
	println(catch(func() { panicPtr(3) })) // ERROR "func literal does not escape$"
	println(recovered(panicConst) != nil, recovered(func() { panicInt(1) }) != nil) // ERROR "func literal does not escape$"
	println(recovered(func() { panicString("s") }) != nil) // ERROR "func literal does not escape$"
	println(recovered(func() { panicStruct(2) }) != nil, catch(panicLiteral)) // ERROR "func literal does not escape$"
	println(recovered(panicErr) != nil, catch(func() { panicParam(&failure{code: 4}) })) // ERROR "func literal does not escape$" "&failure\{\.\.\.\} escapes to heap$"
	println(recovered(func() { panicConcat("a", "b") }) != nil, recovered(panicSlice) != nil) // ERROR "func literal does not escape$"
}
