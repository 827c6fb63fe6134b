// Checks numeric literal syntax: binary, octal (0o and legacy), hex, underscores, hex floats, exponents and rune escapes.
package main

import "fmt"

func main() {
	fmt.Println(0b1010, 0B11, 0o17, 0O7, 017, 0x_FF, 0XaB, 1_000_000)
	fmt.Println(0b_1_0, 0o_1_7, 0_7, 0x1_0)
	fmt.Println(0x1p4, 0x1.8p1, 0X.8P0, 0x_1p-2, 1e3, 1E-3, .5, 5., 1_0.2_5e1_0)
	fmt.Println(00, 0.0, 0e0, 0x0p0, 09.5, 010.0)
	fmt.Println('\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '\000', '\377', '\xff', '\u12e4', '\U00101234')
	fmt.Println("\"quoted\"", `back\slash`, "\u00e9\U0001F600\xe2\x82\xac")
	fmt.Println(len("\377"), len("\u00ff"), len(`\n`))
	var maxU uint64 = 0xFFFF_FFFF_FFFF_FFFF
	var minI int64 = -0x8000_0000_0000_0000
	fmt.Println(maxU, minI)
	fmt.Println(1e-320 > 0, 1.7976931348623157e308)
	const huge = 1e1000
	fmt.Println(huge / 1e999)
}
