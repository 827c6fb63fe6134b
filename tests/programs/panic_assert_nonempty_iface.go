// Checks a failed assertion from a non-empty interface to the wrong concrete type: "main.Shape is main.Circle, not main.Square".
package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (s Square) Area() float64 { return s.S * s.S }

func main() {
	var sh Shape = Square{2}
	fmt.Println(sh.(Square).S)
	sh = Circle{1}
	fmt.Println(sh.(Square).S)
}
