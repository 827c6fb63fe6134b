// Checks method values (bound receivers, copied at evaluation) and method expressions T.M and (*T).M.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int          { return p.X + p.Y }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) Add(o Point) Point { return Point{p.X + o.X, p.Y + o.Y} }

type Op func(int, int) int

type Calc int

func (c Calc) Apply(f Op, v int) int { return f(int(c), v) }

func main() {
	p := Point{1, 2}
	sum := p.Sum
	p.X = 100
	fmt.Println(sum(), p.Sum())
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	fsum := Point.Sum
	fscale := (*Point).Scale
	fadd := Point.Add
	fscale(&p, 3)
	fmt.Println(fsum(p), fadd(p, Point{1, 1}))
	psum := (*Point).Sum
	fmt.Println(psum(&p))
	methods := []func() int{p.Sum, Point{5, 5}.Sum}
	p.Y = 0
	for _, m := range methods {
		fmt.Print(m(), " ")
	}
	fmt.Println()
	c := Calc(10)
	add := func(a, b int) int { return a + b }
	fmt.Println(c.Apply(add, 5), Calc.Apply(c, Op(add), 7))
	var f func(Calc, Op, int) int = Calc.Apply
	fmt.Println(f(3, func(a, b int) int { return a * b }, 4))
	ptr := &Point{2, 3}
	bound := ptr.Sum
	ptr.X = 50
	fmt.Println(bound())
}
