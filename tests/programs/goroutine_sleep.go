// time.Sleep parks only the sleeping goroutine; sleepers wake in the order of their
// deadlines.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var order []int
var woke int

func sleeper(id int, d time.Duration) {
	time.Sleep(d)
	order = append(order, id)
	woke++
}

func main() {
	start := time.Now()
	go sleeper(3, 300*time.Millisecond)
	go sleeper(1, 100*time.Millisecond)
	go sleeper(2, 200*time.Millisecond)
	for woke < 3 {
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	fmt.Println(order)
	el := time.Since(start)
	fmt.Println(el >= 300*time.Millisecond, el < 3*time.Second)
	time.Sleep(0)
	time.Sleep(-1)
	fmt.Println("done")
}
