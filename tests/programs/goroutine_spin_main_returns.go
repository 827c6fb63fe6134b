// Checks that main returning ends the program although another goroutine spins
// in a loop with no calls (for { i++ }): the program exits promptly.
package main

import (
	"fmt"
	"time"
)

var i int

func main() {
	go func() {
		for {
			i++
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main returns")
}
