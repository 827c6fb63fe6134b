// Checks an unrecovered slice index out of range: the runtime error text with index and length, exit status 2.
package main

import "fmt"

func pick(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	fmt.Println(pick(s, 2))
	fmt.Println(pick(s, 5))
	fmt.Println("unreachable")
}
