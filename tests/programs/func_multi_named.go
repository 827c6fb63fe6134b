// Checks multiple results, named results with bare returns, results forwarded into calls, and blank results.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minMax(xs []int) (min, max int, ok bool) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max, true
}

func shadowed() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func add(a, b int) int { return a + b }

func three() (int, string, bool) { return 3, "three", true }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minMax([]int{3, -1, 9, 4}))
	fmt.Println(minMax(nil))
	fmt.Println(shadowed())
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(add(divmod(9, 4)))
	_, rem := divmod(10, 3)
	fmt.Println(rem)
	n, s, ok := three()
	fmt.Println(n, s, ok)
	fmt.Println(three())
	var x, y int
	x, y = divmod(100, 7)
	fmt.Println(x, y)
	a, b = swap(swap("p", "q"))
	fmt.Println(a, b)
}
