// make(chan T, n) with n < 0 panics (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	n := -1
	c := make(chan int, n)
	fmt.Println(cap(c))
	fmt.Println("not reached")
}
