// Checks panics inside goroutines recovered by a deferred function in the same
// goroutine and reported to main over a channel, as errors; the program goes on.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type report struct {
	id  int
	err error
}

func safeGo(id int, f func(), out chan<- report) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				var err error
				switch v := r.(type) {
				case error:
					err = fmt.Errorf("task %d: %w", id, v)
				default:
					err = fmt.Errorf("task %d: panic: %v", id, v)
				}
				out <- report{id, err}
				return
			}
			out <- report{id, nil}
		}()
		f()
	}()
}

var errCustom = errors.New("custom failure")

func main() {
	out := make(chan report)
	var arr []int
	var m map[string]int
	var p *struct{ x int }
	var iface interface{} = "str"
	tasks := []func(){
		func() {},
		func() { panic("plain string") },
		func() { _ = arr[5] },
		func() { m["k"] = 1 },
		func() { fmt.Println(p.x) },
		func() { _ = iface.(int) },
		func() { panic(errCustom) },
		func() { panic(42) },
		func() {
			a, b := 1, 0
			_ = a / b
		},
	}
	for i, f := range tasks {
		safeGo(i, f, out)
	}
	reports := make([]report, 0, len(tasks))
	for range tasks {
		reports = append(reports, <-out)
	}
	sort.Slice(reports, func(i, j int) bool { return reports[i].id < reports[j].id })
	for _, r := range reports {
		if r.err == nil {
			fmt.Println(r.id, "ok")
		} else {
			fmt.Println(r.err)
		}
	}
	fmt.Println("custom wrapped:", errors.Is(reports[6].err, errCustom))
	fmt.Println("main continues")
}
