// Checks string indexing (bytes), slicing, len on multi-byte text, and immutability via copies.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[len(s)-1], string(s[7]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:], s[12:] == "")
	u := "héllo"
	fmt.Println(len(u), u[1], u[2], u[1:3])
	b := s[0]
	b++
	fmt.Println(b, s[0])
	sub := s[0:5]
	sub += "!"
	fmt.Println(sub, s)
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'o' {
			count++
		}
	}
	fmt.Println(count)
	const c = "constant"
	fmt.Println(c[2], len(c[1:4]))
	var empty string
	fmt.Println(len(empty), empty == "", empty[0:0] == empty)
	raw := `a\nb`
	fmt.Println(len(raw), raw)
	multi := "tab\there\x21\u263A"
	fmt.Println(multi, len(multi))
}
