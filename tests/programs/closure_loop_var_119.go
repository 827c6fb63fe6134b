// Checks Go 1.19 loop-variable semantics: closures made in a loop share one variable per loop unless it is copied.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() int
	for i := 0; i < 3; i++ {
		i := i
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	var mod []func()
	for i := 0; i < 6; i++ {
		mod = append(mod, func() { i++ })
		if len(mod) == 2 {
			mod[0]()
		}
	}
	fmt.Println("loop ran", len(mod), "times")
}
