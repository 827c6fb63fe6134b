// Checks interface{} map keys: dynamic type is part of the key, and an unhashable dynamic key panics (recovered).
package main

import "fmt"

type ID int

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[[2]int{1, 1}] = "array"
	m[struct{ a int }{1}] = "struct"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[ID(1)], "|", m["1"], "|", m[1.0])
	fmt.Println(m[[2]int{1, 1}], m[struct{ a int }{1}])
	var nilKey interface{}
	m[nilKey] = "nil key"
	fmt.Println(m[nil], len(m))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	m[[]int{1}] = "slice"
	fmt.Println("unreachable")
}
