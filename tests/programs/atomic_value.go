// atomic.Value: Load before any Store is nil; Store, Swap and CompareAndSwap keep one
// concrete type; the misuses panic with Go's messages (recovered here).
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panic:", r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(1)
	fmt.Println(v.Load())
	fmt.Println(v.Swap(2), v.Load())
	fmt.Println(v.CompareAndSwap(1, 3), v.CompareAndSwap(2, 3), v.Load())

	try("store nil", func() { v.Store(nil) })
	try("store string", func() { v.Store("x") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap string", func() { v.Swap("x") })
	try("cas nil", func() { v.CompareAndSwap(3, nil) })
	try("cas mixed", func() { v.CompareAndSwap(3, "x") })
	try("cas string", func() { v.CompareAndSwap("a", "x") })
	try("cas uncomparable", func() {
		var w atomic.Value
		w.Store([]int{1})
		w.CompareAndSwap([]int{1}, []int{2})
	})
	fmt.Println(v.Load())

	// A pointer type, in a heap object.
	type holder struct{ cfg atomic.Value }
	h := &holder{}
	fmt.Println(h.cfg.CompareAndSwap(nil, &config{"a", 1}))
	fmt.Println(h.cfg.CompareAndSwap(nil, &config{"b", 2}))
	c := h.cfg.Load().(*config)
	fmt.Println(c.name, c.n)
	old := h.cfg.Swap(&config{"c", 3}).(*config)
	fmt.Println(old.name, h.cfg.Load().(*config).name)
	fmt.Println(h.cfg.CompareAndSwap(old, &config{"d", 4}), h.cfg.Load().(*config).name)

	var w atomic.Value
	fmt.Println(w.Swap("first"), w.Load())
	w.Store("second")
	fmt.Println(w.Load().(string) + "!")
	var x atomic.Value
	x.Store(config{"v", 7})
	fmt.Println(x.CompareAndSwap(config{"v", 7}, config{"w", 8}), x.Load())
}
