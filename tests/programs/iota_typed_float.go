// Checks iota in typed, float and string-indexing constant expressions and iota reset per const block.
package main

import "fmt"

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
)

const (
	Half    = iota * 0.5
	One
	OneHalf
)

const letters = "abcdef"

const (
	L0 = 'a' + len(letters) - iota
	L1
	L2
)

type Size float64

const (
	Small Size = 1 << (iota * 2)
	Medium
	Large
)

const (
	Mask0, Shift0 = 1<<iota - 1, iota
	Mask1, Shift1
	Mask2, Shift2
	Mask3, Shift3
)

func main() {
	fmt.Println(Debug, Info, Warn, Error, Error-Debug)
	fmt.Println(Half, One, OneHalf)
	var f float32 = OneHalf
	fmt.Println(f)
	fmt.Println(L0, L1, L2, string(rune(L2)))
	fmt.Println(Small, Medium, Large, Large/Medium)
	fmt.Println(Mask0, Mask1, Mask2, Mask3, Shift3)
	var lv Level = 255
	lv++
	fmt.Println(lv, lv < Debug)
}
