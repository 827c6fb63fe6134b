// A panic in a goroutine that nobody recovers ends the whole program (exit 2), after
// that goroutine's deferred calls ran; a recovered one does not.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var recovered bool

func main() {
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			recovered = true
		}()
		panic("first")
	}()
	for !recovered {
		runtime.Gosched()
	}
	go func() {
		defer fmt.Println("deferred in the goroutine")
		var m map[string]int
		m["x"] = 1
	}()
	time.Sleep(5 * time.Second)
	fmt.Println("not reached")
}
