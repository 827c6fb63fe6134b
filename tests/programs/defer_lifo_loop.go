// Checks deferred calls run last-in first-out, including defers pushed in a loop and in nested blocks.
package main

import "fmt"

func stack() {
	fmt.Println("start")
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer", i)
	}
	{
		defer fmt.Println("block defer runs at function end, not block end")
	}
	fmt.Println("body end")
}

func count(n int) (calls int) {
	for i := 0; i < n; i++ {
		defer func() { calls++ }()
	}
	return 0
}

func main() {
	stack()
	fmt.Println("count:", count(5))
}
