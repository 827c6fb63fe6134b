// Calls that cross stack segment boundaries (the stack grows in segments): at every
// depth, functions with many integer and float arguments (some passed on the stack),
// several results, big struct values, closures, methods, deferred calls, and panics
// that unwind across segments and are recovered (recover must still see its deferred
// call after the call moved to a new segment).
package main

import (
	"fmt"
	"runtime"
)

type big struct {
	a, b, c, d, e, f, g, h, i, j int
}

type acc struct{ sum int }

func (a *acc) add(x, y, z, w, u, v, s, t int, f1, f2 float64) int {
	a.sum += x + y + z + w + u + v + s + t + int(f1*2) + int(f2*2)
	return a.sum
}

func many(n, a1, a2, a3, a4, a5, a6, a7, a8, a9 int, f1, f2, f3, f4, f5, f6, f7, f8, f9 float64) (int, int, float64, int) {
	if n == 0 {
		return a1 + a9, a2 * a8, f1 + f9 + f5, a3 + a4 + a5 + a6 + a7
	}
	x, y, z, w := many(n-1, a1+1, a2, a3, a4, a5, a6, a7, a8, a9+1, f1, f2, f3, f4, f5+1, f6, f7, f8, f9)
	return x, y, z, w
}

func bigval(n int, b big) big {
	if n == 0 {
		return b
	}
	b.a++
	b.j += 2
	return bigval(n-1, b)
}

func pad(n int) int {
	var p [64]int
	p[n%64] = n
	if n == 0 {
		return p[0]
	}
	return pad(n-1) + p[n%64] - n + 1
}

func recovering(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = 1000 + n
		}
	}()
	if n == 0 {
		panic("bottom")
	}
	var p [32]int
	p[n%32] = n
	return recovering(n-1) + p[n%32] - n
}

func deferCount(n int, count *int) {
	defer func() { *count++ }()
	if n > 0 {
		deferCount(n-1, count)
	}
}

// at calls f at stack depth d (each level a different frame size).
func at(d int, f func() string) string {
	if d == 0 {
		return f()
	}
	var p [3]int
	p[d%3] = d
	return at(d-1, f) + fmt.Sprint(p[d%3]-d)[:0]
}

func check() string {
	a := &acc{}
	s := a.add(1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5)
	x, y, z, w := many(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 1, 1, 1, 1, 1, 1, 1, 2.5)
	b := bigval(30, big{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	c := 0
	deferCount(50, &c)
	k := 7
	cl := func(i int) int { return i * k }
	return fmt.Sprint(s, x, y, z, w, b, pad(200), recovering(40), c, cl(6))
}

func main() {
	want := check()
	fmt.Println(want)
	bad := 0
	for d := 0; d < 600; d++ {
		if got := at(d, check); got != want {
			bad++
			fmt.Println("depth", d, got)
		}
	}
	// The same on a goroutine's small first segment, and in a loop at the boundary.
	done := false
	go func() {
		for d := 0; d < 600; d++ {
			if got := at(d, check); got != want {
				bad++
			}
		}
		done = true
	}()
	for !done {
		runtime.Gosched()
	}
	fmt.Println("mismatches:", bad)
}
