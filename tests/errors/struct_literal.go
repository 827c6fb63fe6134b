// Checks struct literal errors: unknown field, too few/many values, mixed keyed and positional, duplicate field.
package main

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Pos  Point
}

func main() {
	_ = Point{Z: 1} // ERROR "unknown field 'Z' in struct literal of type Point$"
	_ = Point{1} // ERROR "too few values in Point\{…\}$"
	_ = Point{1, 2, 3} // ERROR "too many values in Point\{…\}$"
	_ = Point{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal$"
	_ = Point{X: 1, X: 2} // ERROR "duplicate field name X in struct literal$"
	_ = Named{"n", Point{1, 2}, 3} // ERROR "too many values in Named\{…\}$"
	_ = Named{Pos: {1, 2}} // ERROR "missing type in composite literal$"
	_ = Point{"x", 2} // ERROR `cannot use "x" \(untyped string constant\) as int value in struct literal$`
	_ = Point{}
}
