// Checks assorted valid corners: constant len of array literals, named-type array bounds, pointer conversions, embedded aliases.
package main

import "fmt"

type N int

const n N = 3

var arr [n]int

const litLen = len([...]int{1, 2, 3, 4})

type Base struct{ ID int }
type B = Base

type Holder struct {
	B
	Tagged struct {
		X int `k:"v"`
	}
}

type P1 struct{ X int }
type P2 struct{ X int }

type S string

const joined S = "a" + "b"

type Runes []rune

type T struct{ f func() T }

type Lister interface{ list() []int }

type impl []int

func (i impl) list() []int { return i }

type Item struct{ v int }

func (it *Item) Bump() { it.v++ }

func main() {
	fmt.Println(len(arr), litLen, joined, len(Runes("héllo")))
	var h Holder
	h.B.ID = 4
	h.ID++
	h.Tagged.X = 1
	plain := (*struct{ X int })(&h.Tagged)
	plain.X = 9
	fmt.Println(h.ID, h.Tagged.X)
	p1 := P1{1}
	p2 := (*P2)(&p1)
	p2.X = 2
	fmt.Println(p1.X, P2(p1))
	var f32 float32 = 1<<24 + 1
	fmt.Println(f32, uint64(1<<63), 1<<70>>68)
	keyed := []int{1 << 2: 5}
	fmt.Println(len(keyed))
	var t T
	t.f = func() T { return T{} }
	fmt.Println(t.f().f == nil)
	var l Lister = impl{1, 2}
	fmt.Println(l.list())
	items := []Item{{1}, {2}}
	items[1].Bump()
	fmt.Println(items)
	fns := make(chan func() int, 1)
	fns <- func() int { return 7 }
	fmt.Println((<-fns)())
	defer recover()
	for ;; {
		break
	}
	type blank struct {
		A int
		_ int
	}
	fmt.Println(blank{A: 1} == blank{A: 1})
	never := func() {
		select {}
	}
	_ = never
	var e struct{ Base }
	e.ID = 5
	fmt.Println(e)
}
