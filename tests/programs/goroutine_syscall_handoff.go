// A goroutine blocked in the runtime (here runtime.GC waiting for a whole cycle over a
// large heap) does not hold up the others, even with one P: sysmon hands its P to
// another thread, and the blocked goroutine gets a P back when it returns.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	pad  [6]int
}

var live *node
var counter int
var stop bool

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 2000000; i++ {
		live = &node{next: live}
	}
	go func() {
		for !stop {
			counter++
			runtime.Gosched()
		}
	}()
	runtime.Gosched()
	before := counter
	runtime.GC()
	runtime.GC()
	during := counter - before
	stop = true
	fmt.Println("the other goroutine ran while main waited for the collector:", during > 0)
	n := 0
	for p := live; p != nil; p = p.next {
		n++
	}
	fmt.Println(n)
}
