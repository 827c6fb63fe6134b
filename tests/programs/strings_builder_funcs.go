// Checks strings.Builder and the common strings functions real programs use: Split, Join, Fields, Repeat, Replace, ToUpper, Contains, Index, TrimSpace, HasPrefix.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('é')
	}
	fmt.Fprintf(&b, "[%d]", 42)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	csv := "name,age,,city"
	parts := strings.Split(csv, ",")
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Join(parts, " | "))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here  "))
	fmt.Println(strings.Repeat("=-", 5), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("a.b.c", ".", "/"))
	fmt.Println(strings.ToUpper("Hello, wörld"), strings.ToLower("MiXeD"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("x", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n  padded text \r\n"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Title("hello world"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
}
