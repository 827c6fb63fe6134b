// Checks close as the operand of defer and go: the channel is evaluated at the statement and closed when the deferred call runs or the goroutine starts; a deferred close of a nil or closed channel panics then.
package main

import "fmt"

func produce(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- i * i
		}
	}()
	return c
}

func deferredNil() (err any) {
	defer func() { err = recover() }()
	var c chan int
	defer close(c)
	return nil
}

func deferredTwice() (err any) {
	defer func() { err = recover() }()
	c := make(chan bool)
	defer close(c)
	defer close(c)
	return nil
}

func main() {
	sum := 0
	for v := range produce(5) {
		sum += v
	}
	fmt.Println("sum", sum)

	c := make(chan int, 3)
	func() {
		defer close(c)
		c <- 1
		c <- 2
		c <- 3
	}()
	for v := range c {
		fmt.Println(v)
	}

	d := make(chan struct{})
	go close(d)
	_, ok := <-d
	fmt.Println("closed:", !ok)

	// The channel is evaluated at the defer statement, not when it runs.
	e := make(chan int)
	f := e
	func() {
		defer close(e)
		e = nil
	}()
	_, ok = <-f
	fmt.Println("the first channel closed:", !ok)

	fmt.Println(deferredNil())
	fmt.Println(deferredTwice())
}
