// Checks package initialization order when variables depend on each other through function bodies.
package main

import "fmt"

var trace []string

func record(s string) int {
	trace = append(trace, s)
	return len(trace)
}

// a depends on b through f; b depends on c through g and h; d has no dependencies.
var a = f()
var b = g()
var c = record("c")
var d = record("d")

func f() int { return record("a") + b*100 }

func g() int { return h() + c*10 }

func h() int { return record("b") }

var (
	x = y + z
	y = z * 2
	z = record("z")
)

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(x, y, z)
	for i, s := range trace {
		fmt.Print(i, ":", s, " ")
	}
	fmt.Println()
}
