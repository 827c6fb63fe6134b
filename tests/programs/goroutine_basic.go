// Goroutines: go with a function and arguments evaluated at the go statement, a
// closure, a method value and a method expression; main waits by polling flags
// (runtime.Gosched yields so the others run, whatever GOMAXPROCS is).
package main

import (
	"fmt"
	"runtime"
)

var results [8]int
var done [8]bool

func square(i, x int) {
	results[i] = x * x
	done[i] = true
}

type counter struct{ base int }

func (c *counter) add(i, n int) {
	results[i] = c.base + n
	done[i] = true
}

func (c counter) twice(i int) {
	results[i] = 2 * c.base
	done[i] = true
}

func waitAll(n int) {
	for {
		all := true
		for i := 0; i < n; i++ {
			if !done[i] {
				all = false
			}
		}
		if all {
			return
		}
		runtime.Gosched()
	}
}

func main() {
	x := 3
	go square(0, x) // x is evaluated now
	x = 100
	go func() {
		results[1] = x + 1
		done[1] = true
	}()
	c := &counter{base: 40}
	go c.add(2, 2)
	go counter{base: 21}.twice(3)
	f := c.add
	go f(4, 7)
	go (*counter).add(c, 5, 9)
	for i := 6; i < 8; i++ {
		go func(i int) {
			results[i] = i * 10
			done[i] = true
		}(i)
	}
	waitAll(8)
	fmt.Println(results)
}
