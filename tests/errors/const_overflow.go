// Checks overflow of constants converted to int (declarations, arithmetic, arguments).
package main

const big = 1 << 70 // untyped constants may be arbitrarily large

const typedMax int = 1<<63 - 1

func take(n int) {}

func main() {
	var b int = 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)$"
	var c = 1 << 63 // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int value in variable declaration \(overflows\)$"
	x := -1 << 63 - 1 // ERROR "cannot use -1 << 63 - 1 \(untyped int constant -9223372036854775809\) as int value in assignment \(overflows\)$"
	const d int = typedMax + 1 // ERROR "typedMax \+ 1 \(constant 9223372036854775808 of type int\) overflows int$"
	take(big) // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int value in argument to take \(overflows\)$"
	var ok int = big >> 10
	_, _, _, _ = b, c, x, ok
}
