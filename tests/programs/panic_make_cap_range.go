// Checks make([]T, len, cap) with cap smaller than len: "makeslice: cap out of range".
package main

import "fmt"

func main() {
	l, c := 2, 5
	s := make([]int, l, c)
	fmt.Println(len(s), cap(s))
	l, c = 5, 2
	s = make([]int, l, c)
	fmt.Println(len(s), cap(s))
}
