// spawn: spawn-and-join. Main starts N goroutines and waits for all of them with a
// sync.WaitGroup; each goroutine adds its result to a per-goroutine slot, so the
// result does not depend on the order they run in. Two variants:
//
//   spawn empty N   each goroutine does nothing but store its index and Done: the
//                   cost of creating, scheduling and destroying a goroutine (and,
//                   with more than one P, of stealing them);
//   spawn work N    each goroutine also does a little work: sums a short
//                   xorshift sequence seeded by its index (about 200 ns of
//                   arithmetic), and goes through a function call deep enough to
//                   need some stack.
//
// Usage: spawn [empty|work] [N]   (default empty, N = 1000000)
// Prints: the variant, N and a checksum of the slots.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func work(seed uint64, steps int) uint64 {
	x := seed*0x9E3779B97F4A7C15 + 1
	var acc [16]uint64
	for i := 0; i < steps; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		acc[i%16] += x
	}
	s := uint64(0)
	for _, a := range acc {
		s = s*1099511628211 + a
	}
	return s
}

func main() {
	variant := "empty"
	n := 1000000
	i := 1
	if len(os.Args) > i && (os.Args[i] == "empty" || os.Args[i] == "work") {
		variant = os.Args[i]
		i++
	}
	if len(os.Args) > i {
		v, err := strconv.Atoi(os.Args[i])
		if err != nil || v < 0 {
			fmt.Println("usage: spawn [empty|work] [N]")
			os.Exit(2)
		}
		n = v
	}
	slots := make([]uint64, n)
	var wg sync.WaitGroup
	wg.Add(n)
	if variant == "empty" {
		for k := 0; k < n; k++ {
			go func(k int) {
				slots[k] = uint64(k)
				wg.Done()
			}(k)
		}
	} else {
		for k := 0; k < n; k++ {
			go func(k int) {
				slots[k] = work(uint64(k), 64)
				wg.Done()
			}(k)
		}
	}
	wg.Wait()
	sum := uint64(0)
	for _, s := range slots {
		sum = sum*31 + s
	}
	fmt.Printf("%s: %d goroutines joined, checksum %d\n", variant, n, sum)
}
