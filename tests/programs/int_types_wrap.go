// Checks every sized integer type: limits, wraparound on overflow, signed/unsigned division and shifts.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	i8++
	i16++
	i32++
	i64++
	fmt.Println(i8, i16, i32, i64)
	var u8 uint8 = 0
	var u16 uint16 = 0
	var u32 uint32 = 0
	var u64 uint64 = 0
	u8--
	u16--
	u32--
	u64--
	fmt.Println(u8, u16, u32, u64)
	var u uint = 7
	var n int = -7
	fmt.Println(u/2, u%2, n/2, n%2, n>>1, -n>>1)
	var m8 int8 = -128
	fmt.Println(m8/-1, -m8, m8*m8)
	var b byte = 200
	b += 100
	fmt.Println(b)
	var x uint16 = 0xABCD
	fmt.Println(x>>8, x&0xFF, x<<4, x^0xFFFF, x&^0x0F0F)
	var up uintptr = 16
	fmt.Println(up * 4)
	var s uint = 70
	one32, mone := int32(1), int64(-1)
	fmt.Println(uint64(1)<<s, one32<<31, mone<<63, one32<<s)
}
