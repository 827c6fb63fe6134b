// Checks shifts whose untyped constant left operand takes its type from context, and constant shifts.
package main

import "fmt"

func main() {
	var s uint = 3
	var i64 int64 = 1 << s
	var u8 uint8 = 1 << s
	var i = 1 << s
	u8 <<= 5
	fmt.Println(i64, u8, i)
	var big uint64 = 1 << (s + 60)
	fmt.Println(big)
	x := uint8(200) >> 2
	y := int8(-128) >> 7
	fmt.Println(x, y)
	var w uint = 65
	one := 1
	fmt.Println(one<<w, uint32(1)<<31, int32(one)<<w)
	const c = 1 << 10 >> 3
	const f = 1.0 << 3
	var g float64 = f
	fmt.Println(c, g)
	arr := [4]int{}
	arr[1<<s>>2] = 9
	fmt.Println(arr)
	neg := -8
	fmt.Println(neg>>1, neg>>10, uint(neg)>>60)
	var sh int = 2
	fmt.Println(1<<sh, 3<<uint(sh))
	m := map[int64]bool{1 << s: true}
	fmt.Println(m[8])
	fmt.Println(int64(1)<<s + 1<<s)
}
