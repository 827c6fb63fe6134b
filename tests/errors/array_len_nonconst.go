// Checks non-constant array bounds, and array lengths that are not integers.
package main

var size = 3

var a [size]int // ERROR "invalid array length size$"

func length() int { return 4 }

func main() {
	n := 2 // ERROR "n declared but not used$"
	var b [n]int // ERROR "invalid array length n$"
	var c [length()]string // ERROR "array length length\(\) \(value of type int\) must be constant$"
	var d [2.5]int // ERROR "array length 2\.5 \(untyped float constant\) must be integer$"
	var e ["3"]int // ERROR `array length "3" \(untyped string constant\) must be integer$`
	var f [3.0]int
	_, _, _, _, _, _ = a, b, c, d, e, f
}
