// Checks break/continue outside loops, continue inside a switch, and jumps to undefined or non-enclosing labels.
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select$"
	continue // ERROR "continue is not in a loop$"
	switch {
	case true:
		break
	default:
		continue // ERROR "continue is not in a loop$"
	}
	for {
		break missing // ERROR "break label not defined: missing$"
	}
L:
	for {
		break L
	}
	for {
		continue L // ERROR "invalid continue label L$"
	}
}
