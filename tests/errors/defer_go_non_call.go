// Checks that defer and go require function calls, and discarded results of builtins and conversions in defer/go.
package main

func f() int { return 1 }

func main() {
	x := 1
	defer x // ERROR "expression in defer must be function call$" "invalid operation: cannot call non-function x \(variable of type int\)$"
	go f // ERROR "expression in go must be function call$"
	defer (f()) // ERROR "expression in defer must not be parenthesized$"
	go len("s") // ERROR `go discards result of len\("s"\) \(constant 1 of type int\)$`
	defer int(3) // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)$"
	defer f()
	go func() {}()
	_ = x
}
