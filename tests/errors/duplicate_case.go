// Checks duplicate cases in expression switches (ints, strings, constants) and in type switches.
package main

const two = 2

func main() {
	x := 1
	switch x {
	case 1, 2:
	case two: // ERROR "duplicate case two \(constant 2 of type int\) in expression switch$"
	case 3, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch$"
	}
	switch "s" + "" {
	case "a", "b", "a": // ERROR `duplicate case "a" \(constant of type string\) in expression switch$`
	}
	var v interface{} = x
	switch v.(type) {
	case int, string:
	case int: // ERROR "duplicate case int in type switch$"
	case nil, bool, nil: // ERROR "duplicate case nil in type switch$"
	}
}
