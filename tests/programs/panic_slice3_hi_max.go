// Checks a 3-index slice s[:x:y] with x > y: "slice bounds out of range [:x:y]".
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	hi, max := 2, 4
	fmt.Println(s[:hi:max])
	hi, max = 5, 3
	fmt.Println(s[:hi:max])
}
