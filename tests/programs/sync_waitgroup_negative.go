// A WaitGroup counter below zero panics (a recoverable panic, then an unrecovered one).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	wg.Add(1)
	wg.Done()
	wg.Done()
}
