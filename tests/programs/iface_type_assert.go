// Checks type assertions to concrete and interface types, comma-ok forms, and a recovered failed assertion.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (s Square) Name() string    { return "square" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func tryAssert(v interface{}) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "panicked"
		}
	}()
	return v.(string)
}

func main() {
	var s Shape = Square{2}
	sq := s.(Square)
	fmt.Println(sq.S, sq.Area())
	if c, ok := s.(*Circle); ok {
		fmt.Println("circle", c.R)
	} else {
		fmt.Println("not a circle", c == nil)
	}
	n, ok := s.(Named)
	fmt.Println(ok, n.Name())
	s = &Circle{1}
	_, ok = s.(Named)
	fmt.Println(ok, s.(*Circle).R)
	var e interface{} = 42
	i, ok := e.(int)
	f, ok2 := e.(float64)
	fmt.Println(i, ok, f, ok2)
	str, ok3 := e.(string)
	fmt.Println(str == "", ok3)
	fmt.Println(tryAssert("fine"), tryAssert(1))
	var nilIface interface{}
	_, ok = nilIface.(int)
	fmt.Println(ok)
	shapes := []Shape{Square{1}, &Circle{2}, Square{3}}
	total := 0.0
	for _, sh := range shapes {
		if v, ok := sh.(Square); ok {
			total += v.S
		}
	}
	fmt.Println(total)
}
