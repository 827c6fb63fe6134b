// Checks string concatenation with + and +=, len, and all six comparison operators on strings.
package main

import "fmt"

func cmp(a, b string) {
	fmt.Println(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	s := "Hello"
	s += ", "
	s = s + "World" + "!"
	fmt.Println(s, len(s))
	fmt.Println(len(""), len("日本語"), len(repeat("ab", 50)))
	cmp("abc", "abd")
	cmp("abc", "abc")
	cmp("ab", "abc")
	cmp("", "a")
	cmp("Z", "a")
	cmp("b", "abc")
	empty := ""
	fmt.Println(empty == "", empty+empty == "", len(empty+"x"+empty))
	const c = "con" + "st"
	fmt.Println(c, len(c), c+s < s+c)
}
