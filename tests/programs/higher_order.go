// Checks higher-order functions: map/filter/reduce over slices, composition, currying and function results.
package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func times(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	sq := mapInts(xs, func(x int) int { return x * x })
	even := filter(sq, func(x int) bool { return x%2 == 0 })
	sum := reduce(even, 0, func(a, b int) int { return a + b })
	fmt.Println(sq, even, sum)
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
	pow := curry(func(a, b int) int {
		r := 1
		for i := 0; i < b; i++ {
			r *= a
		}
		return r
	})
	fmt.Println(pow(2)(10), pow(3)(4))
	times(3, func(i int) { fmt.Print("tick", i, " ") })
	fmt.Println()
	fmt.Println(len(filter(nil, func(int) bool { return true })))
}
