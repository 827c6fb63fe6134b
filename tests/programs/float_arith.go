// Checks float32 and float64 arithmetic, comparison, special values built at run time, and printing.
package main

import "fmt"

func main() {
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b)
	var x float32 = 1
	var y float32 = 3
	fmt.Println(x/y, float64(x)/float64(y))
	fmt.Println(0.1+0.2 == 0.3)
	p, q := 0.1, 0.2
	fmt.Println(p+q == 0.3, p+q)
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf > 1e308, nan == nan, nan != nan, nan < 1)
	fmt.Println(-zero, 1/(-zero))
	vals := []float64{1e20, 1e21, 123456789.0, 0.000001, 0.0000001, 100}
	for _, v := range vals {
		fmt.Println(v)
	}
	var acc float64
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc, acc == 1)
	fmt.Println(float32(16777217), float64(float32(0.1)))
	c := 7.0
	c /= 2
	c *= c
	fmt.Println(c)
}
