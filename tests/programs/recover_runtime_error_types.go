// Checks %T and %v of recovered runtime errors of each kind, and that they implement error.
package main

import "fmt"

type T struct{ f int }

func show(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%T | %v | error=%t\n", r, r, isErr)
	}()
	f()
}

func main() {
	show(func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	show(func() {
		s := []int{1, 2, 3}
		i := 9
		_ = s[:i]
	})
	show(func() {
		a, b := 1, 0
		_ = a % b
	})
	show(func() {
		var m map[int]int
		m[1] = 1
	})
	show(func() {
		var p *T
		_ = p.f
	})
	show(func() {
		var v interface{} = 1
		_ = v.(string)
	})
	show(func() {
		n := -1
		_ = make([]int, n)
	})
	show(func() {
		s := -2
		_ = 1 << s
	})
	show(func() { panic(fmt.Errorf("wrapped: %d", 7)) })
}
