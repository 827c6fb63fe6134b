// Checks every op= assignment operator and ++/-- on int variables.
package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println("+=", x)
	x -= 15
	fmt.Println("-=", x)
	x *= -3
	fmt.Println("*=", x)
	x /= 7
	fmt.Println("/=", x)
	x %= 11
	fmt.Println("%=", x)
	x = 0x3c
	x &= 0x0f
	fmt.Println("&=", x)
	x |= 0x30
	fmt.Println("|=", x)
	x ^= 0xff
	fmt.Println("^=", x)
	x <<= 10
	fmt.Println("<<=", x)
	x >>= 3
	fmt.Println(">>=", x)
	x &^= 0x7f00
	fmt.Println("&^=", x)
	x++
	x++
	x--
	fmt.Println("++--", x)
	var y int = 1<<63 - 1
	y++
	fmt.Println("max++", y)
	y--
	fmt.Println("min--", y)
}
