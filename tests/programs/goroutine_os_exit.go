// Checks os.Exit called from a goroutine while main is blocked: the process
// ends at once with that status, without running main's deferred calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main's defer (not printed)")
	block := make(chan int)
	go func() {
		defer fmt.Println("goroutine's defer (not printed)")
		fmt.Println("exiting from goroutine")
		os.Exit(3)
	}()
	<-block
}
