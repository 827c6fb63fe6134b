// Checks recover: the panic value for strings, errors and custom types, nil outside panics, and recovery per call.
package main

import "fmt"

type Problem struct{ Code int }

func (p Problem) Error() string { return "problem" }

func catch(f func()) (v interface{}) {
	defer func() {
		v = recover()
	}()
	f()
	return "no panic"
}

func indexOut() {
	s := []int{1}
	i := 5
	_ = s[i]
}

func nilMap() {
	var m map[string]int
	m["x"] = 1
}

func main() {
	fmt.Println(recover())
	fmt.Println(catch(func() { panic("boom") }))
	fmt.Println(catch(func() { panic(42) }))
	r := catch(func() { panic(Problem{7}) })
	if p, ok := r.(Problem); ok {
		fmt.Println("problem code", p.Code)
	}
	fmt.Println(catch(func() {}))
	e := catch(indexOut)
	if err, ok := e.(error); ok {
		fmt.Println("runtime error:", err.Error())
	}
	fmt.Println(catch(nilMap))
	fmt.Println(catch(func() {
		var p *Problem
		_ = p.Code
	}))
	fmt.Println(catch(func() {
		a, b := 1, 0
		_ = a / b
	}))
	fmt.Println(catch(func() {
		var i interface{} = "s"
		_ = i.(int)
	}))
	fmt.Println(catch(func() { panic("x" + "y") }) == "xy")
	fmt.Println("still running")
}
