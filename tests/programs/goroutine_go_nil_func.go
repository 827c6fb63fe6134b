// Checks go with a nil func value and arguments: the call is made in the new
// goroutine, which panics with a nil dereference (exit 2) while main sleeps.
package main

import (
	"fmt"
	"time"
)

func main() {
	var f func(int)
	fmt.Println("before")
	go f(1)
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
