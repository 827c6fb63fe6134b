// Meta test: the harness must reject this file (errorcheck.py --escape
// --expect-failure): Go reports "moved to heap: x" on the marked line, but the
// expectation says the variable does not move.
package main

var sink *int

func keep() {
	x := 1 // ERROR "x does not escape$"
	sink = &x
}

func main() {
	keep()
}
