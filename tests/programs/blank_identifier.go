// Checks the blank identifier: package-level _ vars and funcs, blank params, fields, receivers, imports-free uses.
package main

import "fmt"

var calls int

func sideEffect() int {
	calls++
	return calls
}

var _ = sideEffect()
var _, second = sideEffect(), sideEffect()

func _() {}
func _() { fmt.Println("never called") }

type Padded struct {
	A int
	_ [4]byte
	B int
	_ string
}

type T struct{}

func (T) Name() string           { return "T" }
func (_ T) Other(_ int, _ string) {}
func ignore(int, string) bool     { return true }

const _ = iota
const (
	_ = iota * 10
	Ten
	Twenty
)

func main() {
	fmt.Println(calls, second)
	p := Padded{A: 1, B: 2}
	q := Padded{A: 1, B: 2}
	fmt.Println(p.A, p.B, p == q)
	var t T
	t.Other(1, "x")
	fmt.Println(t.Name(), ignore(0, ""), Ten, Twenty)
	_, b := 1, 2
	_ = b
	for _, c := range "ab" {
		_ = c
	}
	for _ = range []int{1} {
	}
	var _ int = 5
	_, _ = fmt.Println("blank results")
	var x interface{} = 3
	_, ok := x.(int)
	fmt.Println(ok)
	m := map[string]int{"k": 1}
	_, present := m["k"]
	fmt.Println(present)
	_ = sideEffect()
	fmt.Println(calls)
}
