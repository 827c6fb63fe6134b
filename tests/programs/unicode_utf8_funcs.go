// Checks unicode classification (IsUpper, IsLetter, IsDigit, IsSpace, IsPunct), case mapping, and unicode/utf8 counting, decoding and encoding.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, Wörld 42! 世界\t"
	upper, letters, digits, spaces, puncts := 0, 0, 0, 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		}
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsDigit(r) {
			digits++
		}
		if unicode.IsSpace(r) {
			spaces++
		}
		if unicode.IsPunct(r) {
			puncts++
		}
	}
	fmt.Println(upper, letters, digits, spaces, puncts)
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	fmt.Println(string(unicode.ToUpper('ö')), string(unicode.ToLower('Ä')), unicode.IsLower('ß'), unicode.IsUpper('1'))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("ab€")
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("bad\xc3"), utf8.RuneStart(0xa9))
	invalid := "a\xffb"
	for i, r := range invalid {
		fmt.Println(i, r)
	}
	fmt.Println(utf8.RuneCountInString(invalid), utf8.UTFMax, utf8.RuneSelf)
}
