// Checks misplaced fallthrough statements and multiple default clauses in switch and select.
package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place$"
		}
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch$"
	}
	fallthrough // ERROR "fallthrough statement out of place$"
	var v interface{} = x
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch$"
	case string:
	}
	switch {
	default:
	case true:
	default: // ERROR "multiple defaults \(first at .*fallthrough_default\.go:24:2\)$"
	}
	select {
	default:
	default: // ERROR "multiple defaults \(first at .*fallthrough_default\.go:29:2\)$"
	}
}
