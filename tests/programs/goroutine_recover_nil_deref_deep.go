// Checks nil dereferences and divisions by zero deep in recursions of several
// goroutines, each recovered at the goroutine's top: the runtime errors'
// messages, then the goroutines recurse deeply again.
package main

import (
	"fmt"
	"sync"
)

type node struct{ val int }

func walk(n *node, depth int) int {
	var pad [16]int
	pad[depth%16] = depth
	if depth == 0 {
		return n.val
	}
	return walk(n, depth-1) + pad[depth%16]
}

func div(a, b, depth int) int {
	if depth == 0 {
		return a / b
	}
	return div(a, b, depth-1)
}

func catch(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return "none"
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := 1000 * (i + 1) * 3
			var m string
			if i%2 == 0 {
				m = catch(func() { walk(nil, d) })
			} else {
				m = catch(func() { div(i, 0, d) })
			}
			v := walk(&node{i}, d)
			out[i] = fmt.Sprint(m, " / ", v)
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
