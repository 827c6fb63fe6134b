// Checks the blank identifier used as a value, and := with only blank identifiers on the left.
package main

func main() {
	x := _ // ERROR "cannot use _ as value or type$"
	_ = _ // ERROR "cannot use _ as value or type$"
	_ := 1 // ERROR "no new variables on left side of :=$"
	var y int = _ + 1 // ERROR "cannot use _ as value or type$"
	f(_) // ERROR "cannot use _ as value or type$"
	_, _ = x, y
}

func f(int) {}
