// Checks conversions between integer and floating-point types: truncation, sign extension, rounding.
package main

import "fmt"

func main() {
	big := 300
	fmt.Println(int8(big), uint8(big), int16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	f := 3.99
	nf := -3.99
	fmt.Println(int(f), int(nf), int64(f*100))
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(float64(f32) == f64, float32(f64) == f32)
	fmt.Println(float64(f32))
	var large int64 = 1<<53 + 1
	fmt.Println(float64(large), int64(float64(large)))
	var r rune = 'é'
	fmt.Println(byte(r), int(r), uint16(r))
	var i32 int32 = -2
	fmt.Println(uint32(i32), uint64(uint32(i32)), uint64(i32))
	x := 1e3
	fmt.Println(int(x), uint(x)+1)
	var h float64 = 2.5
	fmt.Println(int(h+0.5), int(-h-0.5))
}
