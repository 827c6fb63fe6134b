// Checks String() methods used by fmt.Println and fmt.Print, on values, pointers and nested in slices.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return "Color(?)"
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return "<vec>" }

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return "temp" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Println([]Color{Green, Red})
	fmt.Print(Green, "\n")
	v := Vec{1, 2}
	fmt.Println(v, &v)
	var s Stringer = Temp(3)
	fmt.Println(s, s.String())
	m := map[Color]int{Blue: 3, Red: 1}
	fmt.Println(m)
	type Pair struct {
		C Color
		T Temp
	}
	fmt.Println(Pair{Green, 1})
}
