// time.After, NewTimer with Stop and Reset, AfterFunc, NewTicker and Tick on the
// runtime's timer heap; a Timer only the runtime references stays alive across
// collections; select with a timeout.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	start := time.Now()
	<-time.After(20 * time.Millisecond)
	fmt.Println("after:", time.Since(start) >= 20*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("reset fired:", t.Reset(time.Hour))
	t.Stop()

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("afterfunc stopped:", af.Stop())

	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset ticked")

	tick := time.Tick(3 * time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick twice")
	fmt.Println("nil tick:", time.Tick(0) == nil)

	// The timer's only reference is the runtime's heap while we collect.
	c := time.After(30 * time.Millisecond)
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	<-c
	fmt.Println("survived collections")

	// A select with a timeout.
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
