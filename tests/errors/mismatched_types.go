// Checks binary operations whose operands have mismatched types (int, string, bool).
package main

func main() {
	i, s, b := 1, "s", true
	_ = i + s // ERROR "invalid operation: i \+ s \(mismatched types int and string\)$"
	_ = s + i // ERROR "invalid operation: s \+ i \(mismatched types string and int\)$"
	_ = i == s // ERROR "invalid operation: i == s \(mismatched types int and string\)$"
	_ = b && i // ERROR "invalid operation: b && i \(mismatched types bool and int\)$"
	_ = i < b // ERROR "invalid operation: i < b \(mismatched types int and bool\)$"
	_ = s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)$"
	_ = i + "x" // ERROR `invalid operation: i \+ "x" \(mismatched types int and untyped string\)$`
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)$"
	_ = s - s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)$"
}
