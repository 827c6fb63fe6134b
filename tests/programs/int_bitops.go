// Checks & | ^ &^ << >> and unary ^ on int, including shifts by large counts and negative values.
package main

import "fmt"

func main() {
	a, b := 0x5a5a, 0x0ff0
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, ^0)
	n, m := -12345, 0xff
	fmt.Println(n&m, n|m, n^m, n&^m, ^n)

	x, minus1, min := 1, -1, -1<<63
	for s := 0; s <= 66; s += 6 {
		fmt.Println("1<<", s, "=", x<<s, " -1>>", s, "=", minus1>>s, " min>>", s, "=", min>>s)
	}
	big := 64
	fmt.Println(x<<big, x<<(big+100), 12345>>big, -12345>>big, -12345>>(big-1))
	y := -1
	fmt.Println(y<<63, y<<62, uintLike(y))
}

// uintLike shows a logical shift emulated with &^ on int.
func uintLike(v int) int {
	return (v >> 1) &^ (-1 << 62 << 1)
}
