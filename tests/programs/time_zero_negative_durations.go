// Checks timers and sleeps with zero and negative durations across goroutines:
// time.Sleep(0) and Sleep(-1) return at once, After(0) and NewTimer(-1) fire
// at once, AfterFunc(0) runs, and Reset(0) re-fires a stopped timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string, 8)
	go func() { time.Sleep(0); done <- "sleep0" }()
	go func() { time.Sleep(-time.Second); done <- "sleepneg" }()
	fmt.Println(<-done != "", <-done != "")
	<-time.After(0)
	<-time.After(-time.Hour)
	t := time.NewTimer(-1)
	<-t.C
	fmt.Println("stop fired:", t.Stop())
	time.AfterFunc(0, func() { done <- "afterfunc0" })
	fmt.Println(<-done)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t2.Stop())
	t2.Reset(0)
	<-t2.C
	fmt.Println("reset(0) fired")
	tk := time.NewTicker(time.Nanosecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("1ns ticker ticked 3 times")
	fmt.Println("fast:", time.Since(start) < time.Second)
}
