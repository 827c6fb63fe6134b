// Checks what a go statement evaluates in the calling goroutine: a function
// value returned by a call, method expressions, and receivers of method values,
// so a nil interface or nil pointer receiver panics in the caller, where it
// can be recovered.
package main

import (
	"fmt"
	"sort"
)

type point struct{ x, y int }

func (p point) report(out chan<- string) { out <- fmt.Sprint("point ", p.x, ",", p.y) }

func (p *point) move(dx int, out chan<- string) {
	p.x += dx
	out <- fmt.Sprint("moved ", p.x)
}

type reporter interface{ report(out chan<- string) }

var trace []string

func maker(name string) func(chan<- string) {
	trace = append(trace, "maker "+name)
	return func(out chan<- string) { out <- "made " + name }
}

func arg(name string) string {
	trace = append(trace, "arg "+name)
	return name
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked in caller:", r)
		}
	}()
	f()
	fmt.Println(name, "no panic")
}

func main() {
	out := make(chan string, 10)
	go maker(arg("a"))(out)
	trace = append(trace, "after go")
	fmt.Println(trace)
	fmt.Println(<-out)

	p := point{1, 2}
	go point.report(p, out)
	go (*point).move(&p, 10, out)
	got := []string{<-out, <-out}
	sort.Strings(got)
	fmt.Println(got)

	try("nil interface", func() {
		var r reporter
		go r.report(out)
	})
	try("nil pointer, value method", func() {
		var pp *point
		go pp.report(out)
	})
	try("nil pointer, pointer method", func() {
		var pp *point
		f := pp.move // no dereference yet
		_ = f
	})
	try("nil func value", func() {
		var f func()
		defer func() { fmt.Println("deferred in caller") }()
		go func() { _ = f }()
	})
	fmt.Println("pending:", len(out))
}
