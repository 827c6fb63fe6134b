// Checks recover returning panic values of several types, and runtime errors printed by fmt.Println.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "->", r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
	}()
	f()
}

func main() {
	try("int", func() { panic(3) })
	try("string", func() { panic("text") })
	try("float", func() { panic(2.5) })
	try("bool", func() { panic(true) })
	try("struct", func() { panic(Point{1, 2}) })
	try("slice", func() { panic([]string{"a", "b"}) })
	try("error", func() { panic(errors.New("custom")) })
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	try("divide", func() {
		z := 0
		_ = 1 / z
	})
	try("nil map", func() {
		var m map[string]bool
		m["k"] = true
	})
	try("nil pointer", func() {
		var p *Point
		fmt.Println(p.X)
	})
	try("assert", func() {
		var v interface{} = Point{}
		_ = v.(string)
	})
	try("slice bounds", func() {
		s := "abc"
		j := 1
		i := 2
		_ = s[i:j]
	})
}
