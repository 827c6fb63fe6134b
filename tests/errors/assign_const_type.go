// Checks assigning untyped and typed constants of the wrong type to variables.
package main

const typed int = 7

func main() {
	var s string = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration$"
	var n int = "five" // ERROR `cannot use "five" \(untyped string constant\) as int value in variable declaration$`
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration$"
	var m int = true // ERROR "cannot use true \(untyped bool constant\) as int value in variable declaration$"
	var t string = typed // ERROR "cannot use typed \(constant 7 of type int\) as type string in variable declaration$"
	s = 6 // ERROR "cannot use 6 \(untyped int constant\) as string value in assignment$"
	n = "six" // ERROR `cannot use "six" \(untyped string constant\) as int value in assignment$`
	b = "true" // ERROR `cannot use "true" \(untyped string constant\) as bool value in assignment$`
	_, _, _, _, _ = s, n, b, m, t
}
