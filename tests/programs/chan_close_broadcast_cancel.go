// Checks context-like cancellation: closing one channel wakes every goroutine
// waiting on it (broadcast), including those in select loops doing work; a
// parent/child chain propagates the cancellation.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type ctx struct {
	done chan struct{}
	once sync.Once
	err  string
}

func newCtx() *ctx { return &ctx{done: make(chan struct{})} }

func (c *ctx) cancel(reason string) {
	c.once.Do(func() {
		c.err = reason
		close(c.done)
	})
}

func child(parent *ctx) *ctx {
	c := newCtx()
	go func() {
		select {
		case <-parent.done:
			c.cancel("parent: " + parent.err)
		case <-c.done:
		}
	}()
	return c
}

func main() {
	root := newCtx()
	var wg sync.WaitGroup
	var stopped int32
	work := make(chan int)
	var worked int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-root.done:
					atomic.AddInt32(&stopped, 1)
					return
				case v := <-work:
					atomic.AddInt64(&worked, int64(v))
				}
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		work <- i
	}
	c1 := child(root)
	c2 := child(c1)
	c3 := child(root)
	c3.cancel("own")
	root.cancel("shutdown")
	root.cancel("again")
	wg.Wait()
	<-c2.done
	fmt.Println("stopped:", atomic.LoadInt32(&stopped), "worked:", atomic.LoadInt64(&worked))
	fmt.Println("root:", root.err)
	fmt.Println("c1:", c1.err)
	fmt.Println("c2:", c2.err)
	fmt.Println("c3:", c3.err)
	// A receive on a closed channel never blocks again.
	for i := 0; i < 3; i++ {
		_, ok := <-root.done
		fmt.Print(ok, " ")
	}
	fmt.Println()
}
