// Checks constants that cannot be represented: truncated floats, overflowing typed constants, negative unsigned.
package main

func main() {
	var a int = 2.5 // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)$"
	var b uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)$"
	var c uint8 = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)$"
	var d float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)$"
	var e byte = 'é'
	const f int8 = 200 // ERROR "cannot use 200 \(untyped int constant\) as int8 value in constant declaration \(overflows\)$"
	var g int = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)$"
	var h rune = 1.0
	_, _, _, _, _, _, _ = a, b, c, d, e, g, h
}
