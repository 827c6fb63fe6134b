// Checks a 3-index slice s[x:y:z] with x > y: "slice bounds out of range [x:y:]".
package main

import "fmt"

func main() {
	arr := [6]int{1, 2, 3, 4, 5, 6}
	lo, hi := 1, 3
	fmt.Println(arr[lo:hi:5])
	lo, hi = 4, 2
	fmt.Println(arr[lo:hi:5])
}
