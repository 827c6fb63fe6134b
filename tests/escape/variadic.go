// Escape analysis of variadic calls: the implicit slice of a `...` parameter
// (does it escape?), variadic parameters that leak, are returned or only read,
// calls with an explicit slice (f(s...)), interface variadics.
package main

var sinkInts []int
var sinkAnys []interface{}
var sinkPtr *int

// The variadic slice only read.
func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// The variadic slice stored.
func keep(xs ...int) { // ERROR "leaking param: xs$"
	sinkInts = xs
}

// The variadic slice returned.
func list(xs ...int) []int { // ERROR "leaking param: xs to result ~r0 level=0$"
	return xs
}

// Pointers in the variadic slice: only the content leaks.
func leakFirst(ps ...*int) { // ERROR "leaking param content: ps$"
	if len(ps) > 0 {
		sinkPtr = ps[0]
	}
}

// The first pointer returned.
func first(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1$"
	return ps[0]
}

// A variadic of interfaces, only counted.
func count(vs ...interface{}) int { // ERROR "vs does not escape$"
	return len(vs)
}

// A variadic of interfaces, stored.
func keepAll(vs ...interface{}) { // ERROR "leaking param: vs$"
	sinkAnys = vs
}

// A non-variadic parameter before the variadic.
func prefixSum(base *int, xs ...int) int { // ERROR "base does not escape$" "xs does not escape$"
	return *base + sum(xs...)
}

// Forwarding the variadic slice with ...
func forward(xs ...int) int { // ERROR "xs does not escape$"
	return sum(xs...)
}

func forwardKeep(xs ...int) { // ERROR "leaking param: xs$"
	keep(xs...)
}

// Calling with no variadic arguments.
func none() int {
	return sum() + count()
}

// Calling with an explicit slice literal spread.
func spread() int {
	return sum([]int{1, 2, 3}...) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}

func main() {
	println(sum(1, 2, 3)) // ERROR "\.\.\. argument does not escape$"
	keep(4, 5) // ERROR "\.\.\. argument escapes to heap$"
	println(len(list(6, 7))) // ERROR "\.\.\. argument does not escape$"
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	leakFirst(&a, &b) // ERROR "\.\.\. argument does not escape$"
	c := 3
	println(*first(&c)) // ERROR "\.\.\. argument does not escape$"
	println(count(1, "two", 3.0)) // ERROR "\.\.\. argument does not escape$" "1 does not escape$" `"two" does not escape$` "3\.0 does not escape$"
	keepAll(a, b) // ERROR "\.\.\. argument escapes to heap$" "a escapes to heap$" "b escapes to heap$"
	println(prefixSum(&c, 1, 2), forward(1, 2), none(), spread()) // ERROR "\.\.\. argument does not escape$"
	forwardKeep(8, 9) // ERROR "\.\.\. argument escapes to heap$"
}
