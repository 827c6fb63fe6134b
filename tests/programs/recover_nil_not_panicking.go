// Checks recover returns nil when not panicking: in main, in a deferred call after a normal return, after recovery.
package main

import "fmt"

func normal() {
	defer func() {
		fmt.Println("deferred, no panic:", recover())
	}()
	fmt.Println("normal body")
}

func twice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("once")
}

func main() {
	fmt.Println("top level:", recover())
	normal()
	twice()
	r := recover()
	fmt.Println("after all:", r == nil)
}
