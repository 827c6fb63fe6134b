// Checks conversions between string, []byte, []rune, rune and byte, and building strings from bytes.
package main

import "fmt"

type MyBytes []byte
type MyString string

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func main() {
	s := "gopher"
	b := []byte(s)
	b[0] = 'G'
	fmt.Println(s, string(b), b)
	fmt.Println(upper("mixed Case 123"))
	r := []rune("日本語")
	fmt.Println(len(r), r, string(r[1]))
	fmt.Println(string([]byte{72, 105}), string([]rune{0x4e16, 0x754c}))
	var mb MyBytes = MyBytes("abc")
	ms := MyString(mb)
	fmt.Println(len(mb), ms, string(ms) == "abc")
	var by byte = 'x'
	fmt.Println(string(rune(by)), string(by+1))
	digits := ""
	for i := 0; i < 10; i++ {
		digits += string(rune('0' + i))
	}
	fmt.Println(digits)
	var e []byte
	fmt.Println(string(e) == "", len([]byte("")))
	bs := []byte("hello")
	bs = append(bs, " world"...)
	fmt.Println(string(bs))
	fmt.Println(string(rune(-1)), []byte("é"))
}
