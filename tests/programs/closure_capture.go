// Checks closures capturing variables by reference, mutating them, and returning closures that keep state.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		calls++
		cache[x] = f(x)
		fmt.Println("computed", x, "calls", calls)
		return cache[x]
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	x := 1
	double := func() { x *= 2 }
	double()
	double()
	fmt.Println(x)
	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	total := 0
	visit := func(xs []int) {
		for _, v := range xs {
			total += v
		}
	}
	visit([]int{1, 2, 3})
	visit([]int{10})
	fmt.Println(total)
	makeGreeter := func(greeting string) func(string) string {
		return func(name string) string { return greeting + ", " + name }
	}
	hi := makeGreeter("hi")
	fmt.Println(hi("bob"), makeGreeter("yo")("al"))
	nested := func() func() func() int {
		v := 7
		return func() func() int { v++; return func() int { v *= 2; return v } }
	}
	fmt.Println(nested()()())
}
