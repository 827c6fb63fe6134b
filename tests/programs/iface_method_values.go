// Checks method values and method expressions through interface types, and interface-typed struct fields.
package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Sq struct{ S int }

func (s *Sq) Area() int    { return s.S * s.S }
func (s *Sq) Name() string { return "square" }

type Labeled struct {
	Shape
	Tag string
}

func main() {
	var s Shape = Rect{2, 3}
	area := s.Area
	s = &Sq{4}
	fmt.Println(area(), s.Area())
	nameOf := Shape.Name
	areaOf := Shape.Area
	fmt.Println(nameOf(Rect{}), nameOf(&Sq{}), areaOf(&Sq{5}))
	shapes := []Shape{Rect{1, 1}, &Sq{2}, Labeled{Rect{3, 3}, "big"}}
	total := 0
	for _, sh := range shapes {
		total += areaOf(sh)
	}
	fmt.Println(total)
	l := Labeled{&Sq{3}, "promoted"}
	fmt.Println(l.Area(), l.Name(), l.Tag)
	var getters []func() string
	for _, sh := range shapes {
		getters = append(getters, sh.Name)
	}
	for _, g := range getters {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var fn func(Shape) string = Shape.Name
	fmt.Println(fn(l))
	labelArea := Labeled.Area
	fmt.Println(labelArea(l))
}
