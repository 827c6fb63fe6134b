// Checks "ambiguous selector" for fields and methods promoted at the same depth from two embedded types.
package main

type A struct{ ID int }

func (A) Hello() string { return "a" }

type B struct{ ID int }

func (B) Hello() string { return "b" }

type C struct {
	A
	B
}

type D struct {
	C
	ID int
}

func main() {
	var c C
	_ = c.ID // ERROR "ambiguous selector c\.ID$"
	_ = c.Hello() // ERROR "ambiguous selector c\.Hello$"
	f := c.Hello // ERROR "ambiguous selector c\.Hello$"
	var d D
	_ = d.ID
	_ = d.Hello() // ERROR "ambiguous selector d\.Hello$"
	_ = f
}
