// Checks a map growing to 10000 entries, then half deleted and refilled, with totals verified by aggregation.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 10000; i++ {
		m[i] = i * 2
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if v != k*2 {
			fmt.Println("bad entry", k, v)
		}
		sum += v
	}
	fmt.Println("sum:", sum)
	for i := 0; i < 10000; i += 2 {
		delete(m, i)
	}
	fmt.Println("after deleting evens:", len(m), m[0], m[1], m[9999])
	for i := 10000; i < 15000; i++ {
		m[i] = -i
	}
	count, neg := 0, 0
	for _, v := range m {
		count++
		if v < 0 {
			neg++
		}
	}
	fmt.Println(len(m), count, neg)
	s := map[string]int{}
	for i := 0; i < 10000; i++ {
		s["key"+strconv.Itoa(i%1234)]++
	}
	fmt.Println(len(s), s["key0"], s["key1233"], s["key1234"])
}
