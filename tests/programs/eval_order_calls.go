// Checks Go's evaluation order: operands left to right, calls (and len, cap, make, new, copy, recover) before plain variable reads, in binary operators, call arguments, composite literals, assignments and op-assignments.
package main

import "fmt"

type F struct{ data []int }

var x = 10

func incX() int { x++; return x }

func (f *F) pop() int { f.data = f.data[1:]; return 0 }

func id(v int) int { return v }

func main() {
	f := &F{data: []int{1, 2, 3}}
	fmt.Println(len(f.data), f.pop())
	f = &F{data: []int{1, 2, 3}}
	fmt.Println(x, incX())
	x = 10
	fmt.Println(x+0, incX())
	x = 10
	y := x + incX()
	fmt.Println(y)
	x = 10
	fmt.Println(id(x), incX())
	x = 10
	var s []int = []int{x, incX()}
	fmt.Println(s)
	x = 10
	fmt.Println(f.data[0], f.pop())
}
