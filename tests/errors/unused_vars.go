// Checks "declared but not used" for local variables (assignments alone do not count as uses).
package main

var packageLevel = 1 // package-level variables may be unused

func f(param int) { // parameters may be unused
	local := 1 // ERROR "local declared but not used$"
	var other int // ERROR "other declared but not used$"
	other = 2
	a, b := 1, 2 // ERROR "b declared but not used$"
	_ = a
	for i := 0; i < 3; {
	}
	if v := 1; true { // ERROR "v declared but not used$"
	}
}

func main() {
	used := 3
	used++
	f(used)
}
