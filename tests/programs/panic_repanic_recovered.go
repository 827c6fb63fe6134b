// Checks re-panicking a recovered runtime error from a deferred function: the chain shows it as recovered then again.
package main

import "fmt"

func guard() {
	if r := recover(); r != nil {
		fmt.Println("logging:", r)
		panic(r)
	}
}

func main() {
	defer guard()
	var m map[int]int
	a := []int{1, 2}
	i := 2
	m[0] = a[i]
}
