// Checks "does not implement" for a missing method, a pointer-receiver method, and a method with the wrong type.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return c.r }
func (c *Circle) Perimeter() float64 { return c.r }

type Tri struct{}

func (Tri) Area() int            { return 0 }
func (Tri) Perimeter() float64   { return 0 }

func measure(s Shape) {}

func main() {
	var s Shape = Square{1} // ERROR "cannot use Square\{…\} \(value of type Square\) as type Shape in variable declaration:$"
	s = Circle{1} // ERROR "cannot use Circle\{…\} \(value of type Circle\) as type Shape in assignment:$"
	measure(Tri{}) // ERROR "cannot use Tri\{\} \(value of type Tri\) as type Shape in argument to measure:$"
	var ok Shape = &Circle{1}
	_, _ = s, ok
}
