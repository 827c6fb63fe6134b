// Checks that a panic with an error value in a goroutine, not recovered, ends the
// program with Go's message and status 2 while main is blocked on a channel; the
// goroutine's deferred calls run first and other goroutines' do not.
package main

import (
	"fmt"
	"os"
	"time"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	ready := make(chan bool)
	block := make(chan int)
	go func() {
		defer fmt.Println("never deferred-printed")
		<-block
	}()
	go func() {
		defer fmt.Println("deferred before crash")
		defer func() {
			fmt.Fprintln(os.Stderr, "stderr from defer")
		}()
		<-ready
		time.Sleep(time.Millisecond)
		panic(fmt.Errorf("wrapped: %w", &codeErr{7}))
	}()
	ready <- true
	<-block
	fmt.Println("not reached")
}
