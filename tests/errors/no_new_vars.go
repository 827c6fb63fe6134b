// Checks "no new variables on left side of :=" and assignment mismatches that := cannot fix.
package main

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :=$"
	y, z := 3, 4
	y, z := 5, 6 // ERROR "no new variables on left side of :=$"
	y, w := 7, 8 // fine: w is new
	_ = 1
	for i := 0; i < 1; i++ {
		i := i // fine: new scope
		_ = i
	}
	_, _, _, _ = x, y, z, w
}
