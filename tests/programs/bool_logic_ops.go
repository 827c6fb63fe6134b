// Checks booleans: operators, short-circuit evaluation, comparisons producing bools, named bool types.
package main

import "fmt"

type Flag bool

var calls int

func t(tag string) bool {
	calls++
	fmt.Print(tag, " ")
	return true
}

func f(tag string) bool {
	calls++
	fmt.Print(tag, " ")
	return false
}

func main() {
	fmt.Println(true && false, true || false, !true, !!true)
	r1 := f("a") && t("b")
	fmt.Println(r1)
	r2 := t("c") || f("d")
	fmt.Println(r2)
	r3 := f("e") || t("f") && f("g")
	fmt.Println(r3)
	fmt.Println(calls)
	var fl Flag = true
	fl = !fl
	fmt.Println(fl, fl == false)
	x, y := 3, 5
	less := x < y
	eq := x == y
	fmt.Println(less, eq, less != eq, less == !eq)
	var bs []bool
	for i := 0; i < 4; i++ {
		bs = append(bs, i%2 == 0)
	}
	fmt.Println(bs)
	var zero bool
	fmt.Println(zero)
}
