// Checks recursive and iterative factorial, including int64 wraparound for 21! and above.
package main

import "fmt"

func factRec(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factRec(n-1)
}

func factIter(n int) (r int) {
	r = 1
	for n > 1 {
		r *= n
		n--
	}
	return
}

func main() {
	for i := 0; i <= 25; i++ {
		fmt.Println(i, factRec(i), factIter(i), factRec(i) == factIter(i))
	}
}
