// Checks recursive closures declared with var, memoisation in a captured map, and closures returning closures.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	memo := map[int]int{}
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(50), calls)
	calls = 0
	fmt.Println(fib(50), calls)

	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return f(g(x)) }
	}
	addN := func(n int) func(int) int {
		return func(x int) int { return x + n }
	}
	double := func(x int) int { return x * 2 }
	h := compose(addN(3), double)
	k := compose(double, addN(3))
	fmt.Println(h(5), k(5))
	pipeline := addN(0)
	for i := 1; i <= 4; i++ {
		pipeline = compose(addN(i), pipeline)
	}
	fmt.Println(pipeline(0))
	var walk func(n, depth int) string
	walk = func(n, depth int) string {
		if n == 0 {
			return "."
		}
		return "(" + walk(n-1, depth+1) + strconv.Itoa(depth) + ")"
	}
	fmt.Println(walk(3, 0))
}
