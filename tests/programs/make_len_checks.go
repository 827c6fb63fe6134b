// Checks make's length and capacity checks: negative lengths (of any integer type), length above capacity, and their panic texts.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	i := -1
	var j int8 = -2
	try(func() { _ = make([]int, i, 3) })
	try(func() { _ = make([]int, j, 3) })
	try(func() { _ = make([]int, 4, 3+i) })
	try(func() { _ = make([]int, i) })
	try(func() { fmt.Println(len(make([]int, 2, 3))) })
}
