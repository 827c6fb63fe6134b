// Checks method expressions T.M, (*T).M and I.M: the receiver becomes the first argument.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)  { v.X *= k; v.Y *= k }
func (v Vec) Dot(o Vec) int { return v.X*o.X + v.Y*o.Y }

type Adder interface{ Add(Vec) Vec }

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	scale := (*Vec).Scale
	v := Vec{2, 3}
	scale(&v, 10)
	fmt.Println(v)
	padd := (*Vec).Add
	fmt.Println(padd(&v, Vec{1, 1}))
	iadd := Adder.Add
	fmt.Println(iadd(Vec{5, 5}, Vec{-5, 0}))
	ops := []func(Vec, Vec) int{Vec.Dot, func(a, b Vec) int { return a.X - b.X }}
	for _, op := range ops {
		fmt.Println(op(Vec{1, 2}, Vec{3, 4}))
	}
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
	fmt.Printf("%T\n", iadd)
}
