// Checks that goroutines sleeping in time.Sleep keep the program alive while
// main blocks in select{} for ever (no deadlock report), until one calls
// os.Exit.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	results := make(chan int, 10)
	for g := 1; g <= 3; g++ {
		go func(g int) {
			for i := 0; i < 3; i++ {
				time.Sleep(time.Duration(g) * time.Millisecond)
			}
			results <- g
		}(g)
	}
	go func() {
		sum := 0
		for i := 0; i < 3; i++ {
			sum += <-results
		}
		time.Sleep(10 * time.Millisecond)
		fmt.Println("sum:", sum)
		os.Exit(0)
	}()
	select {}
}
