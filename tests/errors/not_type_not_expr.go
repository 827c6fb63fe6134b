// Checks names used in the wrong role: values as types, types as expressions, and calling a type without arguments.
package main

type T struct{}

var v int

func f() {}

func main() {
	var a v // ERROR "v \(variable of type int\) is not a type$"
	var b f // ERROR "f \(value of type func\(\)\) is not a type$"
	_ = T // ERROR "T \(type\) is not an expression$"
	_ = int // ERROR "int \(type\) is not an expression$"
	x := []int // ERROR "\[\]int \(type\) is not an expression$"
	var c main // ERROR "main \(value of type func\(\)\) is not a type$"
	_ = int() // ERROR "missing argument in conversion to int$"
	_, _, _, _ = a, b, x, c
}
