// Checks "assignment mismatch" for :=, = and var with the wrong number of values.
package main

func pair() (int, int) { return 1, 2 }

func single() int { return 1 }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value$"
	var c, d int = 1, 2, 3 // ERROR "extra init expr 3$"
	var e = pair() // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context$"
	f, g, h := pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values$"
	a, b = single() // ERROR "assignment mismatch: 2 variables but single returns 1 value$"
	a = pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values$"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
	_ = h
}
