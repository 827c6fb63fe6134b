// Checks a deferred call panicking while a panic is in progress, unrecovered: "panic: a" then "\tpanic: b".
package main

import "fmt"

func work() {
	defer fmt.Println("outer defer still runs")
	defer func() {
		panic("b")
	}()
	panic("a")
}

func main() {
	work()
}
