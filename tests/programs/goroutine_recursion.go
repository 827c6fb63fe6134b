// Deep recursion (1,000,000 frames) in main and in a goroutine.
package main

import (
	"fmt"
	"runtime"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

var result int
var finished bool

func main() {
	fmt.Println(depth(1000000))
	go func() {
		result = depth(1000000)
		finished = true
	}()
	for !finished {
		runtime.Gosched()
	}
	fmt.Println(result)
}
