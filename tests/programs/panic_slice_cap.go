// Checks slicing a slice beyond its capacity with s[:x]: "slice bounds out of range [:x] with capacity c".
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	x := 3
	fmt.Println(len(s[:x]))
	x = 5
	t := s[:x]
	fmt.Println(len(t))
}
