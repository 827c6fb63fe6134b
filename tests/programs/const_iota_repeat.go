// Checks iota with implicit repetition, skipped values, expressions and several constants per line.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = Thursday + 10
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	FlagA uint8 = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC|FlagD)
	fmt.Println(x0, x1, x2, x3)
	const local = iota
	fmt.Println(local)
	var w Weekday = Saturday
	fmt.Println(w - Monday)
}
