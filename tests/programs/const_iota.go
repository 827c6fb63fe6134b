// Checks const declarations: iota, implicit repetition, typed constants and exact untyped constant arithmetic.
package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB int = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

const huge = 1 << 100
const small = huge >> 98 // exact arithmetic on an untyped constant beyond int's range

const greeting string = "hi"
const yes = 3 > 2

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(small, huge/(huge>>3), -7/2, -7%2, 7/-2)
	fmt.Println(greeting+"!", yes, !yes)
	const local = 0x61 - 32
	var n int = local
	fmt.Println(n, len(greeting), len("héllo"))
	const (
		p = iota * iota
		q
		r
	)
	fmt.Println(p, q, r)
}
