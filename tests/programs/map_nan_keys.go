// Checks float64 map keys: NaN never equals itself so each NaN insert adds an entry; +0 and -0 are the same key.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[math.NaN()] = 3
	fmt.Println("len after 3 NaN inserts:", len(m))
	_, ok := m[nan]
	fmt.Println("lookup NaN:", ok)
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println("NaN keys:", nans, "value sum:", sum)
	delete(m, nan)
	fmt.Println("len after delete NaN:", len(m))

	z := map[float64]string{}
	negZero := math.Copysign(0, -1)
	z[0.0] = "plus"
	z[negZero] = "minus"
	fmt.Println(len(z), z[0], z[negZero])
	for k := range z {
		fmt.Println("stored key signbit:", math.Signbit(k))
	}
	z[math.Inf(1)] = "inf"
	z[math.Inf(-1)] = "-inf"
	fmt.Println(len(z), z[math.Inf(1)], z[math.Inf(-1)])
}
