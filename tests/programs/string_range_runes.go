// Checks for-range over strings: byte offsets and runes, invalid UTF-8, and []rune conversions.
package main

import "fmt"

func main() {
	s := "aé😀z"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	rs := []rune(s)
	fmt.Println(len(rs), rs[1], string(rs[2]))
	rs[0] = 'A'
	fmt.Println(string(rs))
	var rev []rune
	for _, r := range "stressed" {
		rev = append([]rune{r}, rev...)
	}
	fmt.Println(string(rev))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD")
}
