// Checks a deferred call that recovers one panic and raises another: "panic: first [recovered]" then the new one.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic("second")
	}()
	panic("first")
}
