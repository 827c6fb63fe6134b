// Checks re-panicking from a deferred function: inner recovers, outer defers still run, final panic exits with status 2.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic("re-panic after " + r.(string))
	}()
	panic("first")
}

func middle() {
	defer fmt.Println("middle's defer runs during the second panic")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("main's defer runs too")
	func() {
		defer func() {
			fmt.Println("caught", recover())
		}()
		middle()
	}()
	fmt.Println("continuing after recovery")
	defer func() {
		panic("final panic from defer")
	}()
	panic("original")
}
