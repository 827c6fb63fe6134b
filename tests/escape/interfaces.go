// Escape analysis of interface values: conversions of non-pointer and pointer
// values to interfaces (stored, returned, passed, compared), method calls through
// interfaces (the callee is unknown, so arguments leak), type assertions and type
// switches, error values.
package main

import "errors"

type shape interface {
	area() int
}

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h } // ERROR "r does not escape$"

var sinkAny interface{}
var sinkShape shape

// A non-pointer converted to an interface and stored: escapes.
func storeInt(x int) {
	sinkAny = x // ERROR "x escapes to heap$"
}

// A non-pointer converted and only used locally.
func localAny(x int) bool {
	var v interface{} = x // ERROR "x does not escape$"
	return v == 3
}

// A pointer converted to an interface and stored.
func storeRect(r *rect) { // ERROR "leaking param: r$"
	sinkShape = r
}

// A value type converted and returned.
func asShape(s square) shape {
	return s // ERROR "s escapes to heap$"
}

// A pointer type converted and returned.
func asShapePtr(w, h int) shape {
	return &rect{w, h} // ERROR "&rect\{\.\.\.\} escapes to heap$"
}

// Calling a method through an interface parameter: the receiver leaks.
func areaOf(s shape) int { // ERROR "leaking param: s$"
	return s.area()
}

// A local converted to an interface and passed to areaOf.
func areaLocal() int {
	sq := square{3}
	r := rect{2, 5} // ERROR "moved to heap: r$"
	return areaOf(sq) + areaOf(&r) // ERROR "sq escapes to heap$"
}

// Type assertion to a concrete type from an interface parameter.
func unwrap(v interface{}) int { // ERROR "v does not escape$"
	if n, ok := v.(int); ok {
		return n
	}
	return 0
}

// Type assertion to a pointer type returned.
func unwrapRect(v interface{}) *rect { // ERROR "leaking param: v to result ~r0 level=0$"
	r, _ := v.(*rect)
	return r
}

// Type switch binding the value.
func describe(v interface{}) string { // ERROR "leaking param: v to result ~r0 level=1$"
	switch x := v.(type) {
	case int:
		if x > 0 {
			return "positive"
		}
		return "int"
	case string:
		return x
	case *rect:
		return "rect"
	}
	return "other"
}

// Errors: errors.New and a custom error returned.
func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

type codeErr struct{ code int }

func (c codeErr) Error() string { return "code" }

func checkCode(n int) error {
	if n != 0 {
		return codeErr{n} // ERROR "codeErr\{\.\.\.\} escapes to heap$"
	}
	return nil
}

// Interface to interface conversion.
func widen(s shape) interface{} { // ERROR "leaking param: s to result ~r0 level=0$"
	return s
}

// Comparing an interface with a constant.
func isNil(v interface{}) bool { // ERROR "v does not escape$"
	return v == nil
}

// A struct with an interface field.
type box struct {
	content interface{}
}

func makeBox(n int) *box {
	return &box{content: n} // ERROR "&box\{\.\.\.\} escapes to heap$" "n escapes to heap$"
}

func boxLocal(s string) int { // ERROR "s does not escape$"
	b := box{content: s} // ERROR "s does not escape$"
	if str, ok := b.content.(string); ok {
		return len(str)
	}
	return 0
}

func main() {
	storeInt(1)
	println(localAny(3))
	storeRect(&rect{1, 2}) // ERROR "&rect\{\.\.\.\} escapes to heap$"
	println(asShape(square{2}).area(), asShapePtr(2, 3).area(), areaLocal())
	println(unwrap(5), unwrapRect(nil) == nil, describe("s"), describe(1)) // ERROR "5 does not escape$" `"s" does not escape$` "1 does not escape$"
	println(check(-1) != nil, checkCode(2) != nil)
	println(widen(square{1}) != nil, isNil(nil)) // ERROR "square\{\.\.\.\} does not escape$"
	println(makeBox(4).content != nil, boxLocal("abc"))
}
