// Checks pointers: new, &x, &T{}, dereference, pointer aliasing, pointers to pointers, nil checks.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func swap(a, b *string) { *a, *b = *b, *a }

func push(head *Node, v int) *Node { return &Node{v, head} }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q = 42
	r := q
	*r += 1
	fmt.Println(*q, q == r)
	pp := &p
	**pp = 7
	fmt.Println(x)
	a, b := "left", "right"
	swap(&a, &b)
	fmt.Println(a, b)
	var list *Node
	for i := 1; i <= 4; i++ {
		list = push(list, i*i)
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	ap := &arr[1]
	*ap = 20
	fmt.Println(arr)
	s := []int{5, 6}
	sp := &s[0]
	*sp = 50
	fmt.Println(s)
	ns := new(Node)
	ns.Val = 3
	fmt.Println(ns.Val, ns.Next == nil)
	var np *Node
	fmt.Println(np == nil)
	bp := new([]int)
	*bp = append(*bp, 1, 2)
	fmt.Println(len(*bp), (*bp)[1])
	sptr := &struct{ A int }{5}
	sptr.A *= 2
	fmt.Println(sptr.A)
}
