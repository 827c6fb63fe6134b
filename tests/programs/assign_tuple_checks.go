// Checks tuple assignment: operands are evaluated first, then each assignment does its own bounds and nil checks, left to right, so earlier stores happen before a later one panics.
package main

import "fmt"

type T struct{ a, b int }

func main() {
	s := []int{1, 2, 3}
	func() {
		defer func() { fmt.Println("r1", recover(), s) }()
		s[0], s[5] = 100, 200
	}()
	m := map[int]int{}
	var p *int
	func() {
		defer func() { fmt.Println("r2", recover(), m) }()
		m[2], *p = 42, 2
	}()
	var tp *T
	arr := [3]int{}
	func() {
		defer func() { fmt.Println("r3", recover(), arr) }()
		arr[1], tp.a = 5, 6
	}()
	x := 1
	a := [4]int{}
	a[x], x = 9, 3
	fmt.Println(a, x)
	i := 0
	s[i], i = 7, 2
	fmt.Println(s, i)
}
