// Checks uses of untyped nil with no type to take: := and var without a type, blank assignment, arithmetic and comparison.
package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment$"
	var y = nil // ERROR "use of untyped nil in variable declaration$"
	_ = nil // ERROR "use of untyped nil in assignment to _ identifier$"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration$"
	s := "s"
	s = nil // ERROR "cannot use nil as string value in assignment$"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)$"
	var p *int
	_ = p == nil
	_, _, _, _ = x, y, i, s
}
