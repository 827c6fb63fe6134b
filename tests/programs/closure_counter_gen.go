// Checks closures as generators: independent counters, two closures sharing one captured variable, captured parameters.
package main

import "fmt"

func counter(start, step int) func() int {
	n := start
	return func() int {
		n += step
		return n
	}
}

func pair() (inc func(), get func() int) {
	x := 0
	inc = func() { x++ }
	get = func() int { return x }
	return
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1 := counter(0, 1)
	c2 := counter(100, 10)
	fmt.Println(c1(), c1(), c2(), c1(), c2())
	inc, get := pair()
	inc()
	inc()
	inc2, get2 := pair()
	inc2()
	fmt.Println(get(), get2())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	acc := 0
	add := func(v int) { acc += v }
	for _, v := range []int{1, 2, 3, 4} {
		add(v)
	}
	fmt.Println("acc:", acc)
}
