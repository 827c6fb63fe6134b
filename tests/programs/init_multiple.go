// Checks several init functions in one file: they run in source order, after all variables are initialized.
package main

import "fmt"

var order []string

var ready = mark("var ready")

func mark(s string) bool {
	order = append(order, s)
	return true
}

func init() {
	order = append(order, "init 1")
}

var late = mark("var late")

func init() {
	order = append(order, "init 2")
	counter += 10
}

var counter = 1

func init() {
	order = append(order, "init 3")
	counter *= 2
}

func main() {
	order = append(order, "main")
	for _, s := range order {
		fmt.Println(s)
	}
	fmt.Println(ready, late, counter)
}
