// Checks %v %+v %#v %T on structs, nested structs, pointers to structs, slices, arrays, maps, nil values and embedded fields.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Pts    []Point
	Origin *Point
	Meta   map[string]int
	Any    interface{}
	Point
}

type Celsius float64

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	s := Shape{"tri", []Point{{0, 0}, {1, 1}}, nil, map[string]int{"b": 2, "a": 1}, 3.5, Point{9, 9}}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s)
	fmt.Printf("%T\n", s)
	var nilSlice []string
	var nilMap map[int]bool
	var nilIface interface{}
	var nilPtr *Point
	fmt.Printf("%v %v %v %v\n", nilSlice, nilMap, nilIface, nilPtr)
	fmt.Printf("%#v %#v %#v %#v\n", nilSlice, nilMap, nilIface, nilPtr)
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, [2]bool{true}, map[string]int{"k": 1})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "q\"s", 'x', 2.0, Celsius(36.6))
	fmt.Printf("%T %T %T %T\n", []interface{}{1}, map[string][]int{}, [3]*Point{}, func(int) string { return "" })
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	fmt.Printf("%v %+v\n", []*int{nil}, [][]Point{{{1, 2}}, nil})
	fmt.Printf("%s\n", Point{1, 2})
	fmt.Printf("%d\n", Point{1, 2})
}
