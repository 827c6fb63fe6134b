// Checks valid recursive types: through pointers, slices, maps, channels, functions and interface method signatures.
package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

type Tree []Tree

type Env map[string]Env

type StateFn func(int) StateFn

type Expr interface {
	Eval() int
	Simplify() Expr
}

type Num int

func (n Num) Eval() int        { return int(n) }
func (n Num) Simplify() Expr   { return n }

type Add struct{ L, R Expr }

func (a Add) Eval() int      { return a.L.Eval() + a.R.Eval() }
func (a Add) Simplify() Expr { return Num(a.Eval()) }

type Chain chan Chain

func depth(t Tree) int {
	d := 0
	for _, c := range t {
		if cd := depth(c); cd > d {
			d = cd
		}
	}
	return d + 1
}

func countdown(n int) StateFn {
	if n == 0 {
		return nil
	}
	fmt.Print(n, " ")
	return countdown
}

func main() {
	l := &List{1, &List{2, &List{3, nil}}}
	sum := 0
	for n := l; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(sum)
	fmt.Println(depth(Tree{Tree{}, Tree{Tree{Tree{}}}}))
	env := Env{"a": Env{"b": Env{}}}
	fmt.Println(len(env["a"]), env["a"]["b"] != nil, env["x"] == nil)
	for f, n := countdown(3), 2; f != nil; f, n = f(n), n-1 {
	}
	fmt.Println()
	var e Expr = Add{Num(2), Add{Num(3), Num(4)}}
	fmt.Println(e.Eval(), e.Simplify().Eval())
	ch := make(Chain, 1)
	ch <- ch
	fmt.Println(<-ch == ch)
}
