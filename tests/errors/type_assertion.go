// Checks type assertion errors: impossible assertions and assertions on non-interface operands.
package main

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "t" }

type U int

func main() {
	var s Stringer = &T{}
	_ = s.(T) // ERROR "impossible type assertion: s\.\(T\)$"
	_ = s.(U) // ERROR "impossible type assertion: s\.\(U\)$"
	x := 5
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface$"
	str := "s"
	_, ok := str.(string) // ERROR "invalid operation: str \(variable of type string\) is not an interface$"
	_ = s.(*T)
	_ = ok
}
