// Checks switch case values that do not match the tag type, and cases that cannot be compared with the tag (only nil for slices and funcs).
package main

func f() {}

func main() {
	x := 1
	switch x {
	case "a": // ERROR `cannot convert "a" \(untyped string constant\) to int$`
	case 1.5: // ERROR "1\.5 \(untyped float constant\) truncated to int$"
	case true: // ERROR "cannot convert true \(untyped bool constant\) to int$"
	}
	s := []int{}
	switch s {
	case nil:
	case s: // ERROR "invalid case s in switch on s \(slice can only be compared to nil\)$"
	}
	switch f {
	case f: // ERROR "invalid case f in switch on f \(func can only be compared to nil\)$"
	}
	var i interface{} = x
	switch i {
	case 1, "one", nil:
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool$"
	}
}
