// Checks == on structs with nested structs, arrays, strings, pointers and interface fields.
package main

import "fmt"

type Inner struct {
	Tags [2]string
	N    float64
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *int
	Any  interface{}
}

func main() {
	x := 5
	a := Outer{"a", Inner{[2]string{"t1", "t2"}, 1.5}, &x, 3}
	b := a
	fmt.Println(a == b)
	b.In.Tags[1] = "other"
	fmt.Println(a == b, a.In.Tags[1])
	b = a
	y := 5
	b.Ptr = &y
	fmt.Println(a == b, *a.Ptr == *b.Ptr)
	b = a
	b.Any = int64(3)
	fmt.Println(a == b)
	b.Any = 3
	fmt.Println(a == b)
	c := Inner{N: 0}
	var zero float64
	d := Inner{N: -zero}
	fmt.Println(c == d, c == Inner{})
	type pair struct{ k, v string }
	ps := [3]pair{{"a", "1"}, {"b", "2"}}
	qs := ps
	fmt.Println(ps == qs)
	qs[2].v = "x"
	fmt.Println(ps == qs, ps[2] == pair{})
	anon1 := struct{ A, B int }{1, 2}
	anon2 := struct{ A, B int }{1, 2}
	fmt.Println(anon1 == anon2)
}
