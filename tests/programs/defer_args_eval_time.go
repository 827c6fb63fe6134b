// Checks that a deferred call's function value and arguments are evaluated at the defer statement, not at run time.
package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) {
	fmt.Println("leave", msg)
}

func show(label string, v int) {
	fmt.Println(label, v)
}

func main() {
	defer un(trace("main"))
	x := 1
	defer show("x at defer time:", x)
	f := func(s string, v int) { fmt.Println("first f:", s, v) }
	defer f("f bound at defer", x*10)
	f = func(s string, v int) { fmt.Println("second f:", s, v) }
	s := []int{1, 2, 3}
	defer fmt.Println("slice header copied, elements shared:", s)
	s[0] = 100
	s = append(s, 4)
	x = 2
	f("direct call", x)
	fmt.Println("x now", x)
}
