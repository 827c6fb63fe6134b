// Checks errgroup-like behaviour: the first error is kept (sync.Once), a done
// channel is closed to cancel the other workers, and Wait reports the error.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	once    sync.Once
	err     error
	done    chan struct{}
	stopped int
	mu      sync.Mutex
}

func newGroup() *group { return &group{done: make(chan struct{})} }

func (g *group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.once.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errBad = errors.New("bad input")

func main() {
	g := newGroup()
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func(done <-chan struct{}) error {
			// Workers other than 3 wait until cancelled.
			<-done
			g.mu.Lock()
			g.stopped++
			g.mu.Unlock()
			return fmt.Errorf("worker %d: cancelled", i)
		})
	}
	g.Go(func(done <-chan struct{}) error {
		return fmt.Errorf("worker 3 failed: %w", errBad)
	})
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("is errBad:", errors.Is(err, errBad))
	fmt.Println("cancelled workers:", g.stopped)

	// A group where nobody fails returns nil.
	g2 := newGroup()
	results := make([]int, 8)
	for i := range results {
		i := i
		g2.Go(func(done <-chan struct{}) error {
			select {
			case <-done:
				return errors.New("unexpected cancel")
			default:
			}
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("error:", g2.Wait(), results)
}
