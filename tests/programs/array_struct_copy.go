// Checks copy semantics of arrays of structs: assignment, function arguments and range values copy; pointers and slices share.
package main

import "fmt"

type Cell struct {
	V    int
	Tags [2]string
}

func bump(cs [3]Cell) [3]Cell {
	for i := range cs {
		cs[i].V++
	}
	return cs
}

func bumpPtr(cs *[3]Cell) {
	for i := range cs {
		cs[i].V += 10
	}
}

func main() {
	var a [3]Cell
	a[0].Tags[0] = "first"
	b := a
	b[0].V = 9
	b[0].Tags[0] = "changed"
	fmt.Println(a[0], b[0])
	c := bump(a)
	fmt.Println(a[1].V, c[1].V)
	bumpPtr(&a)
	fmt.Println(a[0].V, a[2].V)
	for _, cell := range a {
		cell.V = -1
	}
	fmt.Println(a[0].V)
	for i := range a {
		a[i].V = i
	}
	fmt.Println(a[0].V, a[1].V, a[2].V)
	s := a[:]
	s[1].V = 100
	fmt.Println(a[1].V)
	p := &a[2]
	p.V = 200
	fmt.Println(a[2].V, a == b)
	grid := [2][2]Cell{}
	row := grid[0]
	row[1].V = 5
	fmt.Println(grid[0][1].V, row[1].V)
}
