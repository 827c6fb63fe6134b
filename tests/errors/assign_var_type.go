// Checks assigning, passing and returning variables of the wrong type.
package main

func takesString(s string) {}

func returnsInt() int {
	s := "x"
	return s // ERROR "cannot use s \(variable of type string\) as type int in return statement$"
}

func main() {
	x := 1
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as type string in assignment$"
	var b bool = x // ERROR "cannot use x \(variable of type int\) as type bool in variable declaration$"
	takesString(x) // ERROR "cannot use x \(variable of type int\) as type string in argument to takesString$"
	var n int
	n = s // ERROR "cannot use s \(variable of type string\) as type int in assignment$"
	n += s // ERROR "invalid operation: n \+= s \(mismatched types int and string\)$"
	_, _, _ = s, b, n
}
