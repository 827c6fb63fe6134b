// Checks variadic functions: zero arguments, spreading a slice with ..., aliasing of the spread slice, interface variadics.
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func joinWith(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func count(args ...interface{}) int { return len(args) }

func isNil(xs ...int) bool { return xs == nil }

func forward(prefix string, xs ...int) int { return sum(xs...) + len(prefix) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(joinWith(", ", "a", "b", "c"), joinWith("-"))
	zeroFirst(nums...)
	fmt.Println(nums)
	zeroFirst(7, 8)
	fmt.Println(count(), count(1, "two", 3.0, nil), count([]interface{}{1, 2}...), count([]interface{}{1, 2}))
	fmt.Println(isNil(), isNil([]int{}...), isNil(nil...))
	fmt.Println(forward("abc", 1, 2), forward(""))
	f := sum
	fmt.Println(f(10, 20))
	var g func(...int) int = sum
	fmt.Println(g(nums...))
	fmt.Println(1, "mixed", true, 2.5, nil, []string{"x"})
}
