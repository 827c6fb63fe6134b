// Checks constant index errors: out of bounds on arrays and constant strings, negative indices, invalid array lengths.
package main

const n = -1

var bad [n]int // ERROR "invalid array length n \(untyped int constant -1\)$"

var big [1 << 70]byte // ERROR "array length 1 << 70 \(untyped int constant 1180591620717411303424\) must be integer$"

func main() {
	var a [3]int
	_ = a[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]$"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative$"
	a[5] = 1 // ERROR "invalid argument: index 5 out of bounds \[0:3\]$"
	_ = "abc"[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]$"
	_ = a[1:4] // ERROR "invalid argument: index 4 out of bounds \[0:4\]$"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2$"
	_ = a[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int$"
}
