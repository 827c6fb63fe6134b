// Checks a map guarded by a sync.Mutex updated concurrently by many goroutines
// (word counts), then read back in sorted key order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) add(k string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] += n
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	words := strings.Fields(text)
	c := &counter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for _, w := range words {
				c.add(w, 1)
			}
			c.add(fmt.Sprintf("g%02d", g%5), g)
		}(g)
	}
	wg.Wait()
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, c.m[k])
	}
	fmt.Println(len(c.m))
}
