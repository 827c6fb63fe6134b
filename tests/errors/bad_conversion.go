// Checks conversions that are not allowed: string to int, slices between element types, struct to int, float string.
package main

type A struct{ X int }
type B struct{ Y int }

func main() {
	s := "123"
	f := 1.5
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int$"
	_ = []rune([]byte(s)) // ERROR "cannot convert \[\]byte\(s\) \(value of type \[\]byte\) to type \[\]rune$"
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string$"
	_ = A(B{}) // ERROR "cannot convert B\{\} \(value of type B\) to type A$"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool$"
	_ = float64("1.5") // ERROR `cannot convert "1\.5" \(untyped string constant\) to type float64$`
	_ = []byte(42) // ERROR "cannot convert 42 \(untyped int constant\) to type \[\]byte$"
	_ = int(3.5) // ERROR "cannot convert 3\.5 \(untyped float constant\) to type int$"
	_ = string(rune(65))
}
