// Checks a bounded queue built on sync.Cond (notEmpty/notFull on one mutex) with
// several producers and consumers; every item is consumed exactly once.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	closed   bool
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.mu.Unlock()
}

func main() {
	q := newQueue(3)
	var producers, consumers sync.WaitGroup
	got := make([][]int, 3)
	for c := 0; c < 3; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				got[c] = append(got[c], v)
			}
		}(c)
	}
	for p := 0; p < 4; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 25; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	producers.Wait()
	q.close()
	consumers.Wait()
	var all []int
	for _, g := range got {
		all = append(all, g...)
	}
	sort.Ints(all)
	fmt.Println("consumed:", len(all))
	dups := 0
	for i := 1; i < len(all); i++ {
		if all[i] == all[i-1] {
			dups++
		}
	}
	fmt.Println("duplicates:", dups)
	fmt.Println(all[:3], all[25:28], all[len(all)-2:])
	fmt.Println("left in queue:", len(q.items))
}
