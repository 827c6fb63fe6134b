// Checks Printf integer and rune verbs %d %b %o %O %x %X %c %q %U with widths and the flags - + # 0 and space.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X\n", n, n, n, n, n, n)
	fmt.Printf("%#b|%#o|%#x|%#X\n", n, n, n, n)
	fmt.Printf("[%6d][%-6d][%06d][%+d][% d]\n", n, n, n, n, n)
	m := -42
	fmt.Printf("[%6d][%-6d][%06d][%+d][% d][%x]\n", m, m, m, m, m, m)
	fmt.Printf("[%8.4d][%-+8d][%#08x]\n", 7, 7, 255)
	r := 'G'
	fmt.Printf("%c|%q|%U|%#U|%d\n", r, r, r, r, r)
	fmt.Printf("%c|%q|%U|%#U\n", '世', '世', '世', '世')
	fmt.Printf("%q|%+q|%x\n", '\n', 'é', 'é')
	var u8 uint8 = 200
	var i8 int8 = -128
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %d %x\n", u8, i8, u64, u64)
	fmt.Printf("%v %v %T %T\n", u8, i8, u8, i8)
	fmt.Printf("%5t|%-6t|%v\n", true, false, !true)
	fmt.Printf("100%%|%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("%x %X\n", []int{10, 11, 12}, [2]uint{254, 255})
	fmt.Printf("%d %d\n", []int8{-1, 2}, map[string]int{"b": 2, "a": 1})
}
