// Escape analysis of function values: named functions used as values, calls
// through function variables and parameters (the callee is unknown, so pointer
// arguments leak), functions stored in maps, slices and structs, higher-order
// functions returning functions.
package main

type op func(a, b int) int

type handler struct {
	name string
	fn   func(*int)
}

var sinkOp op

func add(a, b int) int { return a + b }

func bump(p *int) { *p++ } // ERROR "p does not escape$"

// A named function assigned to a variable and called: nothing to report.
func namedValue() int {
	f := add
	return f(1, 2)
}

// Calling an unknown function with a pointer: the argument leaks.
func callUnknown(f func(*int)) int { // ERROR "f does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	f(&x)
	return x
}

// Calling a known function through a local variable that is never reassigned:
// the analysis resolves the callee (Go's ir.StaticValue), so y stays.
func callVar() int {
	g := bump
	y := 2
	g(&y)
	return y
}

// The same through a reassigned variable: the callee is unknown again.
func callReassigned(c bool) int {
	g := bump
	if c {
		g = func(p *int) { *p-- } // ERROR "func literal does not escape$" "p does not escape$"
	}
	w := 2 // ERROR "moved to heap: w$"
	g(&w)
	return w
}

// A function parameter only called: does not escape.
func twice(f func(int) int, v int) int { // ERROR "f does not escape$"
	return f(f(v))
}

// A function parameter stored.
func store(f op) { // ERROR "leaking param: f$"
	sinkOp = f
}

// A function parameter returned.
func pass(f op) op { // ERROR "leaking param: f to result ~r0 level=0$"
	return f
}

// Functions in a map.
func dispatch(name string, a, b int) int { // ERROR "name does not escape$"
	ops := map[string]op{ // ERROR "map\[string\]op\{\.\.\.\} does not escape$"
		"add": add,
		"sub": func(a, b int) int { return a - b }, // ERROR "func literal escapes to heap$"
	}
	return ops[name](a, b)
}

// Functions in a slice.
func pipeline(v int) int {
	steps := []func(int) int{ // ERROR "\[\]func\(int\) int\{\.\.\.\} does not escape$"
		func(x int) int { return x + 1 }, // ERROR "func literal does not escape$"
		func(x int) int { return x * 2 }, // ERROR "func literal does not escape$"
	}
	for _, s := range steps {
		v = s(v)
	}
	return v
}

// A function in a struct field called with a pointer.
func handle(h handler) int { // ERROR "h does not escape$"
	z := 3 // ERROR "moved to heap: z$"
	h.fn(&z)
	return z
}

// A function returning a function that captures its parameter.
func adder(n int) func(int) int {
	return func(x int) int { return x + n } // ERROR "func literal escapes to heap$"
}

// A function returning a named function.
func choose(b bool) op {
	if b {
		return add
	}
	return func(a, b int) int { return a * b } // ERROR "func literal escapes to heap$"
}

// Composition: both function parameters are captured by the result.
func compose(f, g func(int) int) func(int) int { // ERROR "leaking param: f$" "leaking param: g$"
	return func(x int) int { return f(g(x)) } // ERROR "func literal escapes to heap$"
}

// A nil check of a function value.
func isSet(f func()) bool { // ERROR "f does not escape$"
	return f != nil
}

func main() {
	println(namedValue(), callUnknown(bump), callVar(), callReassigned(true), twice(adder(1), 0))
	store(add)
	println(pass(add)(1, 1), dispatch("sub", 3, 1), pipeline(2))
	println(handle(handler{"h", bump}), choose(false)(2, 3))
	println(compose(adder(1), adder(2))(0), isSet(nil))
}
