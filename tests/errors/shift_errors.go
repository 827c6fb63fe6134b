// Checks invalid shifts: float operands, negative and non-integer counts, and constant shifts that overflow.
package main

func main() {
	f := 1.5
	var s uint = 2
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer$"
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)$"
	_ = 1 >> 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint$"
	n := 3
	_ = n << f // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer$"
	var g float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)$"
	_ = "x" << 1 // ERROR `invalid operation: shifted operand "x" \(untyped string constant\) must be integer$`
	var x8 int8 = 1 << 8 // ERROR "cannot use 1 << 8 \(untyped int constant 256\) as int8 value in variable declaration \(overflows\)$"
	_ = 1.0 << s // ERROR "invalid operation: 1\.0 << s \(shift of type float64\)$"
	_, _ = g, x8
}
