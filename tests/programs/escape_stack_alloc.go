// Escape analysis puts what does not escape in the frame: a loop that builds and drops
// a million &Point{} (and new, make with a constant size, a closure and fmt's ...
// arguments) performs no heap allocation, as under Go; what escapes still does.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

func (p *Point) Add(q *Point) { p.X += q.X; p.Y += q.Y }

var sink *Point

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	before := mallocs()
	sum := 0
	for i := 0; i < 1000000; i++ {
		p := &Point{i, i + 1}
		q := new(Point)
		q.Add(p)
		s := make([]int, 4)
		s[i%4] = q.X
		f := func() int { return p.Y + s[0] }
		sum += q.Y + f()
	}
	fmt.Println("sum", sum, "heap allocations", mallocs()-before)

	before = mallocs()
	for i := 0; i < 1000; i++ {
		sink = &Point{i, i} // escapes: a global keeps it
	}
	fmt.Println("escaping allocations at least 1000:", mallocs()-before >= 1000, sink.X)
}
