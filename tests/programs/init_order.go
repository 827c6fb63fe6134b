// Checks package-level variable initialization order: dependencies first, then declaration order.
package main

import "fmt"

var (
	a = c + b // initialized after b and c
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum() // depends on a, d through the function body

var first = f("first", 10)

func f(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func sum() int {
	fmt.Println("init total from a and d:", a, d)
	return a + d
}

var trace = record("trace")

var log string

func record(s string) string {
	log += s + ";"
	return s
}

func main() {
	fmt.Println(a, b, c, d, total, first, trace)
	fmt.Println(log)
}
