// Checks == on pointers, channels, interfaces holding different dynamic types, arrays of interfaces and structs with interfaces.
package main

import "fmt"

type Key struct {
	Name string
	Val  interface{}
}

type Celsius float64
type Fahrenheit float64

func main() {
	a, b := new(int), new(int)
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	ch1, ch2 := make(chan int), make(chan int)
	ch3 := ch1
	fmt.Println(ch1 == ch2, ch1 == ch3)
	var i1 interface{} = Celsius(10)
	var i2 interface{} = Fahrenheit(10)
	var i3 interface{} = Celsius(10)
	fmt.Println(i1 == i2, i1 == i3, i1 == 10.0)
	arr1 := [3]interface{}{1, "a", nil}
	arr2 := [3]interface{}{1, "a", nil}
	fmt.Println(arr1 == arr2)
	arr2[2] = false
	fmt.Println(arr1 == arr2)
	k1 := Key{"x", 1}
	k2 := Key{"x", 1}
	k3 := Key{"x", int8(1)}
	fmt.Println(k1 == k2, k1 == k3)
	m := map[Key]int{k1: 1}
	m[k2]++
	m[k3]++
	fmt.Println(m[k1], m[k3], len(m))
	var e1, e2 error
	fmt.Println(e1 == e2)
	var s fmtStringer = named("n")
	var t fmtStringer = named("n")
	fmt.Println(s == t)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var f1 interface{} = []int{1}
	var f2 interface{} = []int{1}
	fmt.Println(f1 == f2)
}

type fmtStringer interface{ String() string }

type named string

func (n named) String() string { return string(n) }
