// A Cond copied after first use panics "sync.Cond is copied" (recovered, then not).
package main

import (
	"fmt"
	"sync"
)

type holder struct {
	c sync.Cond
}

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	d := *c
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.Signal()
	}()
	// A copy made before first use is a new Cond.
	h := holder{c: sync.Cond{L: &mu}}
	h2 := h
	h.c.Signal()
	h2.c.Broadcast()
	fmt.Println("fresh copies ok")
	e := *c
	e.Broadcast()
}
