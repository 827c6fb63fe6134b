// Checks s[x:y] with x > y on a slice: "slice bounds out of range [x:y]".
package main

import "fmt"

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(window(s, 1, 3))
	fmt.Println(window(s, 4, 2))
}
