// Checks "too many return values" and "not enough return values" and wrong result types.
package main

func none() {
	return 1 // ERROR "too many return values$"
}

func one() int {
	return // ERROR "not enough return values$"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values$"
}

func twoNamed() (a int, b string) {
	return 1, "x", true // ERROR `too many return values$`
}

func wrongType() int {
	return "s" // ERROR `cannot use "s" \(untyped string constant\) as int value in return statement$`
}

func main() {
	none()
	_ = one()
	_, _ = two()
	_, _ = twoNamed()
	_ = wrongType()
}
