// Checks type switch errors: unused bound variable, non-interface operand, .(type) outside a switch, impossible cases.
package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var v interface{} = 1
	switch x := v.(type) { // ERROR "x declared but not used$"
	case int:
	case string:
	}
	n := 5
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface$"
	}
	_ = v.(type) // ERROR "invalid AST: use of \.\(type\) outside type switch$"
	var i I
	switch i.(type) {
	case T: // ERROR "impossible type switch case: T$"
	case *T:
	case int: // ERROR "impossible type switch case: int$"
	}
}
