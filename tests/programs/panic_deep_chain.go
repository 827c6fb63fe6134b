// Checks a panic 20 calls deep with no recover: every frame's deferred call runs innermost first, then exit 2.
package main

import (
	"fmt"
	"strconv"
)

func dive(depth int) int {
	if depth == 20 {
		panic("bottom reached at depth " + strconv.Itoa(depth))
	}
	if depth%5 == 0 {
		defer fmt.Println("unwinding depth", depth)
	}
	return dive(depth+1) + 1
}

func main() {
	fmt.Println(dive(1))
}
