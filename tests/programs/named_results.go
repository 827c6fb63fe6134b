// Checks named results: zero values, bare return, and assignment to results before an early return.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, b bool) {
	return
}

func find(limit int) (found int, ok bool) {
	for i := 1; i <= limit; i++ {
		if i*i > 50 {
			found, ok = i, true
			return
		}
	}
	return -1, false
}

func shadow() (r int) {
	r = 5
	{
		r := 10
		r++
	}
	return
}

func main() {
	fmt.Println(split(17))
	n, s, b := zero()
	fmt.Println(n, s == "", b, len(s))
	fmt.Println(find(5))
	fmt.Println(find(100))
	fmt.Println(shadow())
}
