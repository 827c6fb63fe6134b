// Checks go statements calling variadic functions (with a spread slice and with
// individual arguments) and stdlib functions, with results discarded and the
// arguments evaluated at the go statement; main then blocks in select{} and Go
// reports the deadlock once the last goroutine finished (exit 2).
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

var mu sync.Mutex
var got []int

func sum(wg *sync.WaitGroup, base int, xs ...int) int {
	defer wg.Done()
	s := base
	for _, x := range xs {
		s += x
	}
	mu.Lock()
	got = append(got, s)
	mu.Unlock()
	return s
}

func main() {
	var wg sync.WaitGroup
	xs := []int{1, 2, 3}
	wg.Add(4)
	go sum(&wg, 100, xs...)
	go sum(&wg, 200, 4, 5)
	go sum(&wg, 300)
	n := 7
	go sum(&wg, 400, n, n*2)
	n = 1000
	wg.Wait()
	total := 0
	for _, s := range got {
		total += s
	}
	fmt.Println(len(got), total)

	done := make(chan bool)
	go func() {
		var b strings.Builder
		fmt.Fprintf(&b, "%d-%s", 5, "x")
		b.WriteString("!")
		fmt.Println(b.String())
		done <- true
	}()
	<-done
	var w sync.WaitGroup
	w.Add(1)
	go w.Done()
	w.Wait()
	// fmt.Fprintln itself started as a goroutine: the deadlock of main's empty
	// select is reported only after it ran.
	go fmt.Fprintln(os.Stdout, "from go fmt.Fprintln", n, 2.5, xs)
	select {}
}
