// Checks invalid & and * operands: addresses of constants, call results and map elements; indirection of non-pointers.
package main

const k = 1

func f() int { return 1 }

func main() {
	m := map[string]int{"a": 1}
	x := 5
	_ = &k // ERROR "invalid operation: cannot take address of k \(untyped int constant 1\)$"
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)$"
	_ = &m["a"] // ERROR `invalid operation: cannot take address of m\["a"\] \(map index expression of type int\)$`
	_ = &(x + 1) // ERROR "invalid operation: cannot take address of x \+ 1 \(value of type int\)$"
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)$"
	_ = *"str" // ERROR `invalid operation: cannot indirect "str" \(untyped string constant\)$`
	var p *int = &x
	_ = **p // ERROR "invalid operation: cannot indirect \*p \(variable of type int\)$"
	_ = &[]int{1}
}
