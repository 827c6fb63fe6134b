// Checks a 3-index slice s[::x] style bound (max beyond capacity): "slice bounds out of range [::x] with capacity c".
package main

import "fmt"

func main() {
	s := make([]byte, 3, 4)
	m := 4
	fmt.Println(cap(s[0:2:m]))
	m = 7
	fmt.Println(cap(s[0:2:m]))
}
