// Escape analysis's stack objects are sound: what escapes (returned slices, map values, interfaces, method values and closures kept in slices, deferred closures in loops, ... arguments) stays valid; what does not lives in the frame.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type P struct{ x, y int }

func (p *P) inc() { p.x++ }
func (p P) get() int { return p.x }

var keep []func() int
var m = map[string]*P{}

func mk(n int) []int {
	s := make([]int, 3)
	s[0] = n
	return s // escapes
}

func grow() []int {
	s := make([]int, 0, 2)
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return s
}

func store(k string) {
	p := &P{1, 2}
	m[k] = p
}

func ifaceKeep() interface{} {
	p := P{3, 4}
	var i interface{} = &p
	return i
}

func methodVals() []func() {
	var fs []func()
	for i := 0; i < 3; i++ {
		p := &P{i, 0}
		fs = append(fs, p.inc)
		keep = append(keep, p.get)
	}
	return fs
}

func deferLoop() (r int) {
	for i := 0; i < 3; i++ {
		x := i
		defer func() { r += x }()
	}
	return 0
}

func rec(n int) int {
	if n == 0 {
		return 0
	}
	p := &P{n, n}
	return p.x + rec(n-1)
}

func closures() []func() int {
	var out []func() int
	for i := 0; i < 3; i++ {
		v := i * 10
		out = append(out, func() int { v++; return v })
	}
	return out
}

func variadic(xs ...*P) *P { return xs[len(xs)-1] }

func main() {
	a, b := mk(1), mk(2)
	fmt.Println(a, b, grow())
	store("a")
	store("b")
	m["a"].x = 9
	fmt.Println(m["a"].x, m["b"].x)
	fmt.Println(ifaceKeep().(*P).y)
	fs := methodVals()
	for _, f := range fs {
		f()
	}
	for _, g := range keep {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	fmt.Println(deferLoop(), rec(100))
	cs := closures()
	fmt.Println(cs[0](), cs[0](), cs[2]())
	p1, p2 := &P{1, 1}, &P{2, 2}
	last := variadic(p1, p2)
	last.x = 5
	fmt.Println(p2.x)
	words := strings.Fields("b c a")
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Println(words, strings.Join(words, "+"))
	var arr [4]int
	sl := arr[1:3]
	sl[0] = 7
	fmt.Println(arr, len(sl), cap(sl))
	buf := []byte("hello")
	s := string(buf)
	buf[0] = 'j'
	fmt.Println(s, string(buf))
}
