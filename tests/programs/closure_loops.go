// Checks closures created in loops: Go 1.19 shares the loop variable, per-iteration copies fix it, deferred order.
package main

import "fmt"

func main() {
	var shared []func() int
	for i := 0; i < 3; i++ {
		shared = append(shared, func() int { return i })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var copied []func() int
	for i := 0; i < 3; i++ {
		i := i
		copied = append(copied, func() int { return i })
	}
	for _, f := range copied {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var byArg []func() string
	for _, s := range []string{"a", "b", "c"} {
		byArg = append(byArg, func(v string) func() string {
			return func() string { return v }
		}(s))
	}
	for _, f := range byArg {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var rangeShared []func() string
	for _, s := range []string{"x", "y"} {
		rangeShared = append(rangeShared, func() string { return s })
	}
	fmt.Println(rangeShared[0](), rangeShared[1]())
	acc := 0
	for i := 1; i <= 4; i++ {
		func() {
			acc += i * i
		}()
	}
	fmt.Println(acc)
	funcs := make(map[int]func() int)
	for k := 0; k < 3; k++ {
		k2 := k * 10
		funcs[k] = func() int { return k2 }
	}
	fmt.Println(funcs[0](), funcs[1](), funcs[2]())
}
