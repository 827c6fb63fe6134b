// Checks exact constant arithmetic: huge intermediate values, exact rationals, and typed results.
package main

import "fmt"

const (
	Huge   = 1 << 200
	Back   = Huge >> 197
	Ratio  = Huge / (1 << 190)
	Diff   = (Huge + 1) - Huge
	Third  = 1.0 / 3.0
	One    = Third * 3
	Big    = 1e300 * 1e300 / 1e300
	MaxU64 = 1<<64 - 1
	MinI64 = -1 << 63
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(Back, Ratio, Diff)
	fmt.Println(One == 1, Big == 1e300)
	var u uint64 = MaxU64
	var i int64 = MinI64
	fmt.Println(u, i)
	fmt.Println(MaxU64/3, MaxU64%1000)
	var f32 float32 = Pi
	var f64 float64 = Pi
	fmt.Println(f32, f64)
	const q = 7 / 2
	const r = 7 / 2.0
	fmt.Println(q, r)
	const neg = -7 / 2
	const mod = -7 % 3
	fmt.Println(neg, mod)
	const shifted = uint8(1<<8 - 1)
	fmt.Println(shifted, ^uint8(0), ^0)
	var n = Huge >> 190
	fmt.Println(n)
}
