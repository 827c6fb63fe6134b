// Checks invalid operators for their operand types: ! on int, - and ^ on string, - on bool, * on string.
package main

func main() {
	i, s, b := 1, "s", true
	_ = !i // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)$"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)$"
	_ = ^s // ERROR "invalid operation: operator \^ not defined on s \(variable of type string\)$"
	_ = -b // ERROR "invalid operation: operator - not defined on b \(variable of type bool\)$"
	_ = +b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)$"
	_ = s * s // ERROR "invalid operation: operator \* not defined on s \(variable of type string\)$"
	_ = b < b // ERROR "invalid operation: b < b \(operator < not defined on bool\)$"
	_ = i && i // ERROR "invalid operation: operator && not defined on i \(variable of type int\)$"
	_ = s &^ s // ERROR "invalid operation: operator &\^ not defined on s \(variable of type string\)$"
}
