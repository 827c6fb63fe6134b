// Float constants far outside float64's range: Go's overflow message with the
// constant's value to six digits (and quickly: the exponent is not found digit by digit).
package main

var x = 1e779137 // ERROR "cannot use 1e779137 \(untyped float constant 1e\+779137\) as float64 value in variable declaration \(overflows\)"

var a = -1.99999999e400 // ERROR "cannot use -1.99999999e400 \(untyped float constant -2e\+400\) as float64 value in variable declaration \(overflows\)"

var c float32 = -3.4e39 // ERROR "cannot use -3.4e39 \(untyped float constant -3.4e\+39\) as float32 value in variable declaration \(overflows\)"

var e = 9.999999e500 // ERROR "cannot use 9.999999e500 \(untyped float constant 1e\+501\) as float64 value in variable declaration \(overflows\)"

var f = 1.234567891e-400 // underflows to 0: no error, as in Go

func main() { _, _, _, _, _ = x, a, c, e, f }
