// Checks a goroutine whose deferred function recovers a panic and panics again
// with a new value: Go prints both panics ("[recovered]") and exits with 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-raised: ", r))
		}()
		panic("first")
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
