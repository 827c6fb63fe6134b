// Checks parser corners: composite literals in if/for/switch headers, parenthesized types and conversions, channel type syntax.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	if p == (P{1, 2}) {
		fmt.Println("paren literal in if")
	}
	for _, v := range []P{{3, 4}} {
		fmt.Println(v.X)
	}
	switch (P{}) {
	case P{}:
		fmt.Println("zero P")
	}
	if v := (P{5, 6}); v.X == 5 {
		fmt.Println(v.Y)
	}
	var ip (*int)
	var fs [](func() int)
	var cc chan (<-chan int)
	var sc chan<- chan int
	var rc <-chan <-chan int
	fmt.Println(ip == nil, fs == nil, cc == nil, sc == nil, rc == nil)
	n := (*int)(nil)
	f := (func())(nil)
	ch := make(chan int, 1)
	ro := (<-chan int)(ch)
	ch <- 3
	fmt.Println(n == nil, f == nil, <-ro == 3)
	var s uint = 2
	var i int = 1.0 << s
	var j int64 = 2.0 << s
	fmt.Println(i, j)
	x := 'a' * 2.0
	const b = 1 < 2.5
	fmt.Println(x, b, 1<<1.0)
	var arr [uint8(3)]int
	fmt.Println(len(arr))
	fn := func(a, b int, c string) (r int, err error) { return a + b + len(c), nil }
	fmt.Println(fn(1, 2, "abc"))
	g := func(int, string) {}
	g(1, "")
	m := map[P][]P{{1, 1}: {{2, 2}}}
	fmt.Println(m[P{1, 1}][0].X)
	ptrs := []*P{{7, 8}}
	fmt.Println(ptrs[0].Y, (*ptrs[0]).X, &ptrs[0].X != nil)
	fmt.Println(string(rune(65)), (P{}).X, [2]int{1, 2}[1], "abc"[1], len([]int{1, 2, 3}[1:]))
	type T = struct{ A int }
	fmt.Println(T{A: 1}.A, struct{ B int }{2}.B)
	var e interface {
		fmt_string() string
	}
	fmt.Println(e == nil)
	c2 := make(chan int, 1)
	c2 <- 1
	fmt.Println(<-c2 == 1)
	if f := func() bool { return true }; f() {
		fmt.Println("func literal in if init")
	}
	for i := range [3]struct{}{} {
		fmt.Print(i)
	}
	fmt.Println()
}
