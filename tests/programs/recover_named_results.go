// Checks a recovering function returns its named results' current values at the panic, and zero for unnamed ones.
package main

import "fmt"

func partial(items []int) (sum int, count int) {
	defer func() {
		recover()
	}()
	for _, it := range items {
		if it < 0 {
			panic("negative")
		}
		sum += it
		count++
	}
	return sum, count
}

func unnamed() (int, string) {
	defer func() { recover() }()
	x := 5
	if x > 0 {
		panic("boom")
	}
	return x, "never"
}

func explicitReturn() (v int) {
	defer func() { recover() }()
	v = 1
	func() {
		v = 2
		panic("inside closure")
	}()
	v = 3
	return v
}

func main() {
	fmt.Println(partial([]int{1, 2, 3}))
	fmt.Println(partial([]int{4, 5, -1, 6}))
	n, s := unnamed()
	fmt.Println(n, s == "")
	fmt.Println(explicitReturn())
}
