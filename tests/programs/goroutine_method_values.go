// Checks go statements on methods: value and pointer receivers, method values
// bound before the go statement, interface method calls; receivers and
// arguments are evaluated when the go statement runs.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) add(k string, d int, wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	c.n[k] += d
	c.mu.Unlock()
}

type point struct{ x, y int }

func (p point) report(out chan<- string) { out <- fmt.Sprint(p.x, ",", p.y) }

type reporter interface{ report(out chan<- string) }

func main() {
	c := &counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go c.add("k", i, &wg)
	}
	f := c.add
	wg.Add(1)
	go f("bound", 5, &wg)
	wg.Wait()
	fmt.Println(c.n)

	out := make(chan string, 10)
	p := point{1, 2}
	go p.report(out) // receiver copied now
	p.x = 100
	fmt.Println(<-out)
	var r reporter = point{3, 4}
	go r.report(out)
	fmt.Println(<-out)
	g := point{5, 6}.report
	go g(out)
	fmt.Println(<-out)
	ps := []point{{7, 8}, {9, 10}, {11, 12}}
	for _, q := range ps {
		go q.report(out)
	}
	var got []string
	for range ps {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(got)
}
