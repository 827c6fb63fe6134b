// Checks "division by zero" for constant zero divisors in / % /= %=.
package main

const zero = 0

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero$"
	_ = x % 0 // ERROR "invalid operation: division by zero$"
	_ = x / zero // ERROR "invalid operation: division by zero$"
	x /= 0 // ERROR "invalid operation: division by zero$"
	x %= zero // ERROR "invalid operation: division by zero$"
	const c = 1 / zero // ERROR "invalid operation: division by zero$"
	y := 0
	_ = x / y // not a compile-time error
}
