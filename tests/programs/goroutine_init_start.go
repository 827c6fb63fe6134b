// Checks goroutines started during package initialization (a var initializer
// and init functions): they run concurrently with the rest of initialization
// and main collects their results.
package main

import (
	"fmt"
	"sort"
)

var results = make(chan string, 10)

var started = startWorker("var-init")

func startWorker(name string) bool {
	go func() { results <- name }()
	return true
}

func init() {
	go func() { results <- "init-1" }()
}

func init() {
	done := make(chan bool)
	go func() {
		results <- "init-2"
		done <- true
	}()
	<-done // init may block on a goroutine
}

func main() {
	var got []string
	for i := 0; i < 3; i++ {
		got = append(got, <-results)
	}
	sort.Strings(got)
	fmt.Println(started, got)
}
