// Checks time.Ticker: a goroutine counts N ticks then stops the ticker and
// reports; no more ticks are delivered after Stop.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(5 * time.Millisecond)
	done := make(chan int)
	start := time.Now()
	go func() {
		n := 0
		for range t.C {
			n++
			if n == 10 {
				t.Stop()
				break
			}
		}
		done <- n
	}()
	fmt.Println("ticks:", <-done)
	el := time.Since(start)
	fmt.Println("at least 50ms:", el >= 50*time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("tick after Stop (wrong)")
	default:
		fmt.Println("no tick after Stop")
	}
	// Reset changes the period of a running ticker.
	t2 := time.NewTicker(time.Hour)
	t2.Reset(2 * time.Millisecond)
	<-t2.C
	<-t2.C
	t2.Stop()
	fmt.Println("reset ticker ticked twice")
	// Several goroutines each with a ticker.
	res := make(chan int, 3)
	for g := 1; g <= 3; g++ {
		go func(g int) {
			tk := time.NewTicker(time.Duration(g) * time.Millisecond)
			defer tk.Stop()
			for i := 0; i < g*3; i++ {
				<-tk.C
			}
			res <- g * 3
		}(g)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-res
	}
	fmt.Println("ticks total:", sum)
}
