// Checks string comparison operators, concatenation, += in loops and strings as values of named types.
package main

import "fmt"

type Name string

func (n Name) Greet() string { return "hello, " + string(n) }

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func min(a, b string) string {
	if a < b {
		return a
	}
	return b
}

func main() {
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "b" > "abc")
	fmt.Println("go" == "g"+"o", "x" != "x", "abc" >= "abc", "abc" <= "ab")
	fmt.Println(join([]string{"a", "b", "c"}, "-"), join(nil, ","), join([]string{"solo"}, "+"))
	fmt.Println(min("pear", "apple"), min("zeta", "zed"))
	var n Name = "gopher"
	fmt.Println(n.Greet(), n < "zebra", len(n))
	s := "x"
	for i := 0; i < 4; i++ {
		s += s
	}
	fmt.Println(s, len(s))
	a, b := "same", "sa"
	b += "me"
	fmt.Println(a == b)
	words := []string{"delta", "alpha", "charlie", "bravo"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)
}
