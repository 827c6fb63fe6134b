// Checks make([]T, n) with a negative variable length: "makeslice: len out of range".
package main

import "fmt"

func buf(n int) []byte {
	return make([]byte, n)
}

func main() {
	fmt.Println(len(buf(4)))
	fmt.Println(len(buf(-1)))
}
