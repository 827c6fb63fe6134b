// Checks that an unrecovered panic in a goroutine ends the program even though
// main spins in a loop without calls (the goroutine must get to run).
package main

import "fmt"

var counter int

func main() {
	fmt.Println("start")
	go func() {
		panic("from goroutine")
	}()
	for {
		counter++
	}
}
