// Checks conversions with the wrong number of arguments and conversions to types that are not types.
package main

type T struct{}

func main() {
	_ = int(1, 2) // ERROR "too many arguments in conversion to int$"
	_ = string() // ERROR "missing argument in conversion to string$"
	_ = T(1) // ERROR "cannot convert 1 \(untyped int constant\) to type T$"
	_ = []int(nil, nil) // ERROR "too many arguments in conversion to \[\]int$"
}
