// Checks closures capturing heap variables, stored in a long-lived slice, replaced and called later while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type acc struct {
	total int
	label string
	hist  []int
}

var seed uint64 = 0x853C49E6748FEA9B

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// makeFn returns a closure whose result depends only on (id, gen) and on how
// many times it has been called; it captures a pointer, a slice, a string, a
// byte buffer, a counter and another closure.
func makeFn(id, gen int) func() int {
	a := &acc{label: "f" + strconv.Itoa(id) + "." + strconv.Itoa(gen)}
	a.hist = make([]int, 1+id%9)
	for i := range a.hist {
		a.hist[i] = id*gen + i
	}
	buf := make([]byte, 64+(id*7+gen)%768)
	buf[len(buf)-1] = byte(id + gen)
	calls := 0
	inner := func(x int) int { return x*31 + len(a.label) }
	return func() int {
		calls++
		a.total += calls
		s := 0
		for _, h := range a.hist {
			s += h
		}
		return inner(s) + a.total + calls*1000 + int(buf[len(buf)-1])
	}
}

// expect is the value the calls-th call of makeFn(id, gen) returns.
func expect(id, gen, calls int) int {
	label := "f" + strconv.Itoa(id) + "." + strconv.Itoa(gen)
	s := 0
	for i := 0; i < 1+id%9; i++ {
		s += id*gen + i
	}
	return s*31 + len(label) + calls*(calls+1)/2 + calls*1000 + int(byte(id+gen))
}

// shared returns a pair of closures sharing one captured variable.
func shared(start int) (func(int), func() int) {
	v := new(int)
	*v = start
	buf := make([]byte, 64)
	return func(d int) { *v += d; buf[d%64]++ }, func() int { return *v + int(buf[0]) }
}

const n = 40000

func main() {
	fns := make([]func() int, n)
	gens := make([]int, n)
	calls := make([]int, n)
	for i := range fns {
		fns[i] = makeFn(i, 0)
	}
	add, get := shared(7)
	adds := 0
	for round := 1; round <= 6; round++ {
		for op := 0; op < 100000; op++ {
			i := int(rnd() % n)
			switch rnd() % 4 {
			case 0:
				gens[i]++
				fns[i] = makeFn(i, gens[i])
				calls[i] = 0
			case 1, 2:
				calls[i]++
				if got := fns[i](); got != expect(i, gens[i], calls[i]) {
					fmt.Println("FAIL call", i, got)
					os.Exit(1)
				}
			default:
				// Garbage closures that are called once and dropped.
				g := makeFn(op, round)
				g()
				d := int(rnd() % 100)
				add(d)
				adds += d
			}
		}
		// Call every closure once and check the results.
		sum := 0
		for i, f := range fns {
			calls[i]++
			got := f()
			if got != expect(i, gens[i], calls[i]) {
				fmt.Println("FAIL sweep", i, got)
				os.Exit(1)
			}
			sum += got
		}
		fmt.Println("round", round, "sum", sum, "shared", get()-adds)
	}
}
