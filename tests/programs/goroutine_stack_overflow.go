// Unbounded recursion in a goroutine: the stack grows segment by segment up to Go's
// limit (1 GB), then the program dies with Go's "stack overflow" fatal error.
package main

import "fmt"

var sink int

func f(n int) int {
	var pad [8]int
	pad[n%8] = n
	sink += pad[(n+1)%8]
	return f(n+1) + 1
}

func main() {
	fmt.Println("start")
	done := false
	go func() {
		f(0)
		done = true
	}()
	for !done {
		var x [16]int
		sink += x[sink%16]
		fmt.Print("")
	}
}
