// Checks defined types vs aliases: identity, conversions, methods on defined types, underlying types.
package main

import "fmt"

type Meters float64
type Feet float64
type Distance = Meters
type IntList []int
type Handler func(int) int
type Point struct{ X, Y int }
type PointAlias = Point
type ByteAlias = byte

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func apply(h Handler, v int) int { return h(v) }

func double(x int) int { return x * 2 }

func main() {
	var d Distance = 10
	fmt.Println(d.ToFeet() > 32, Meters(d) == d)
	var m Meters = d
	f := Feet(m)
	fmt.Println(f)
	l := IntList{1, 2, 3, 4}
	fmt.Println(l.Sum(), len(l))
	var plain []int = l
	fmt.Println(IntList(plain).Sum())
	fmt.Println(apply(double, 21), apply(Handler(double), 5))
	var pa PointAlias = Point{1, 2}
	var pt Point = pa
	fmt.Println(pt.X, pt.Y, pa == pt)
	var b ByteAlias = 'z'
	var bb byte = b
	fmt.Println(bb)
	type Local int
	var loc Local = 5
	fmt.Println(int(loc) + 1)
}
