// Checks functions with multiple results, passing f(g()) style calls, swaps and the blank identifier.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func three() (int, string, bool) {
	return 1, "two", true
}

func add(a, b int) int {
	return a + b
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r = divmod(-17, 5)
	fmt.Println(r)
	x, y := swap("first", "second")
	fmt.Println(x, y)
	x, y = y, x
	fmt.Println(x, y)
	n, s, b := three()
	fmt.Println(n, s, b)
	fmt.Println(add(divmod(100, 7)))
	var i, j int = divmod(9, 4)
	fmt.Println(i, j)
}
