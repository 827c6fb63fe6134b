// Checks array literals: [...]T, keyed elements, partial initialization and len of array types.
package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

var names = [...]string{Red: "red", Blue: "blue", Green: "green"}

func main() {
	a := [5]int{1, 2, 3}
	b := [...]int{10, 20, 30, 40}
	c := [...]string{2: "two", 5: "five", "six"}
	d := [10]int{9: 1, 3: 2, 4}
	fmt.Println(a, len(a), b, len(b))
	fmt.Println(len(c), c[2], c[5], c[6], c[0] == "")
	fmt.Println(d)
	fmt.Println(names, len(names))
	var z [3]float64
	fmt.Println(z)
	type Grid [2][3]int
	g := Grid{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(g, len(g), len(g[0]))
	bools := [...]bool{true, 3: true}
	fmt.Println(bools)
	const n = 4
	var sq [n * n]int
	for i := range sq {
		sq[i] = i * i
	}
	fmt.Println(sq[n*n-1], len(sq))
	e := [0]int{}
	fmt.Println(len(e), e)
	ptrs := [2]*int{}
	fmt.Println(ptrs[0] == nil)
}
