// Checks every comma-ok form (map index, type assertion, channel receive) in :=, =, var, if and switch init positions.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	var i interface{} = "str"
	ch := make(chan int, 1)
	ch <- 5
	v1, ok1 := m["a"]
	s, ok2 := i.(string)
	r, ok3 := <-ch
	fmt.Println(v1, ok1, s, ok2, r, ok3)
	var v int
	var ok bool
	v, ok = m["z"]
	fmt.Println(v, ok)
	_, ok = i.(int)
	fmt.Println(ok)
	close(ch)
	v, ok = <-ch
	fmt.Println(v, ok)
	var a, b = m["a"]
	fmt.Println(a, b)
	var n, isNum = i.(fmt_int)
	fmt.Println(n, isNum)
	if x, found := m["a"]; found {
		fmt.Println("if init", x)
	}
	switch val, ok := i.(string); {
	case ok:
		fmt.Println("switch init", val)
	}
	var res struct {
		s  string
		ok bool
	}
	res.s, res.ok = i.(string)
	fmt.Println(res)
	mp := map[string]bool{}
	var key interface{} = 3
	_, mp["k"] = key.(int)
	fmt.Println(mp)
	single := m["a"]
	only := i.(string)
	fmt.Println(single, only)
}

type fmt_int int
