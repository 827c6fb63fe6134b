// Checks deleting during range: deleting the current key is safe, and deleted unreached keys are never produced.
package main

import "fmt"

func build(n int) map[int]int {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m
}

func main() {
	m := build(50)
	iters := 0
	for k := range m {
		delete(m, k)
		iters++
	}
	fmt.Println("delete current:", iters, len(m))

	m = build(50)
	iters = 0
	for k := range m {
		iters++
		for j := 0; j < 50; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println("delete all others:", iters, len(m))

	m = build(100)
	seenOdd := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k+1)
		} else {
			seenOdd++
		}
	}
	fmt.Println("odd keys left:", len(m)-50, "seen odd <= left+deleted:", seenOdd <= 50)
	evens := 0
	for k := range m {
		if k%2 == 0 {
			evens++
		}
	}
	fmt.Println("evens kept:", evens)
}
