// defer-calls: the cost of defer and of being able to recover. Three loops of N
// calls: a function with one deferred method call, the same work without defer, and
// the plain loop run under a deferred recover that never fires. Go uses open-coded
// defers; minigo records a deferred call in the frame and relies on zero-cost
// exception tables for panics, so the loop under recover must cost what the plain
// loop costs. Prints the sum and the number of increments.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

// withDefer does its increment through a deferred call.
func withDefer(c *counter, x int) int {
	defer c.inc()
	return x * 2
}

// noDefer does the same work directly.
func noDefer(c *counter, x int) int {
	c.inc()
	return x * 2
}

// protected runs the plain loop under a deferred recover.
func protected(c *counter, n int) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			sum = -1
		}
	}()
	for i := 0; i < n; i++ {
		sum += noDefer(c, i)
	}
	return sum
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			panic("usage: defer-calls [N]")
		}
		n = v
	}
	c := &counter{}
	s := 0
	for i := 0; i < n; i++ {
		s += withDefer(c, i)
	}
	for i := 0; i < n; i++ {
		s += noDefer(c, i)
	}
	s += protected(c, n)
	fmt.Println(s, c.n)
}
