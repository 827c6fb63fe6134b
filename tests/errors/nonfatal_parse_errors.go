// Checks that errors found while parsing that are not "syntax error"s (bad literals, misplaced branches, defer/go
// of non-calls) do not stop type checking: the type errors after them are reported too, as Go does.
package main

func literal() {
	n := 08 // ERROR "invalid digit '8' in octal literal$"
	_ = n
}

func branches() {
	for {
		continue Missing // ERROR "continue label not defined: Missing$"
	}
	fallthrough // ERROR "fallthrough statement out of place$"
}

func deferred() {
	x := 1
	defer x // ERROR "expression in defer must be function call$" "invalid operation: cannot call non-function x \(variable of type int\)$"
}

var typeError int = "reported after the parse-time errors" // ERROR `cannot use "reported after the parse-time errors" \(untyped string constant\) as int value in variable declaration$`

func main() {
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration$"
	_ = s
}
