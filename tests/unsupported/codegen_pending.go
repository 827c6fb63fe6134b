// Constructs the type checker accepts but code generation does not lower yet: each
// is reported as "not supported" at its position (and nothing is built).
package main

type T struct{ a int }

func (t T) M() int { return t.a } // ERROR "method declaration not supported$"

func main() {
	m := map[string]int{} // ERROR "composite literal of type map\[string\]int not supported$"
	_ = m
	f := func() {} // ERROR "function literal not supported$"
	_ = f
	defer println("x") // ERROR "defer statement not supported$"
	var t T
	p := &t // ERROR "address-of operator not supported$"
	_ = p
}
