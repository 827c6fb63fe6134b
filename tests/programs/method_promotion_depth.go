// Checks selector resolution by depth: shallower fields and methods win, deeper ambiguity is fine when unused.
package main

import "fmt"

type A struct{ Name string }

func (A) Hello() string { return "A.Hello" }
func (A) Only() string  { return "A.Only" }

type B struct{ Name string }

func (B) Hello() string { return "B.Hello" }

type Both struct {
	A
	B
}

type Outer struct {
	Both
	Name string
}

func (Outer) Hello() string { return "Outer.Hello" }

type Deep struct{ Outer }

func main() {
	var both Both
	both.A.Name = "a"
	both.B.Name = "b"
	fmt.Println(both.A.Hello(), both.B.Hello(), both.Only(), both.A.Name, both.B.Name)
	o := Outer{Both: both, Name: "outer"}
	fmt.Println(o.Name, o.Hello(), o.Only(), o.Both.A.Name)
	d := Deep{o}
	fmt.Println(d.Name, d.Hello(), d.Only(), d.Outer.Both.B.Hello())
	type HasHello interface{ Hello() string }
	var h HasHello = d
	fmt.Println(h.Hello())
	var only interface{ Only() string } = both
	fmt.Println(only.Only())
}
