// Checks the signature required of init (no arguments, no results) and that init cannot be referred to.
package main

func init(x int) {} // ERROR "func init must have no arguments and no return values$"

func init() int { return 0 } // ERROR "func init must have no arguments and no return values$"

func main() {
	init() // ERROR "undefined: init$"
	f := init // ERROR "undefined: init$"
	_ = f
}
