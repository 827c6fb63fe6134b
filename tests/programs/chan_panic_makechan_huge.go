// make(chan T, n) with a buffer larger than the address space panics (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	n := uint64(1) << 62
	c := make(chan [16]byte, n)
	fmt.Println(cap(c))
	fmt.Println("not reached")
}
