// The channel panics are ordinary Go panics: deferred calls run and recover stops them.
package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, "recovered:", r, isErr)
		if e, ok := r.(error); ok {
			var re interface{ RuntimeError() }
			fmt.Println(" runtime error:", errors.As(e, &re))
		}
	}()
	f()
}

func main() {
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("makechan", func() {
		n := -5
		_ = make(chan bool, n)
	})
	try("select send closed", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})
	try("nb send closed", func() {
		c := make(chan int, 1)
		d := make(chan int)
		close(c)
		select {
		case c <- 1:
		case <-d:
		default:
		}
	})
	fmt.Println("done")
}
