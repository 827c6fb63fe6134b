// A goroutine in a loop without calls cannot keep the others from running: with one
// P, main still wakes from its sleep because the spinning goroutine is preempted.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink int

func spin() {
	x := 0
	for i := 0; i < 1<<62; i++ {
		x += i ^ (x >> 3)
	}
	sink = x
}

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0))
	go spin()
	go spin()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")
	runtime.Gosched()
	fmt.Println("and ran again")
}
