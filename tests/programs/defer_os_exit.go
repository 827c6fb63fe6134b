// Checks os.Exit ends the program at once with its status, skipping deferred calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	func() {
		defer fmt.Println("inner defer runs on normal return")
	}()
	fmt.Println("exiting with 3")
	os.Exit(3)
}
