// Checks errors in type declarations: duplicate fields and methods, bad embedded types, invalid constant types.
package main

type I interface {
	M()
	M() // ERROR "duplicate method M$"
}

type S struct {
	X int
	X string // ERROR "X redeclared$"
}

type E struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface$"
}

type P *int

type F struct {
	P // ERROR "embedded field type cannot be a pointer$"
}

const c []int = nil // ERROR "invalid constant type \[\]int$"

type Fine struct {
	I
	*S
}

func main() {}
