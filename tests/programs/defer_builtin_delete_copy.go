// Checks defer of the builtins delete and copy: operands evaluated at the defer, the call at return.
package main

import "fmt"

func main() {
	m := map[string]int{"x": 1}
	s := make([]byte, 2)
	defer func() { fmt.Println(len(m), string(s)) }() // Go: 0 ab
	defer delete(m, "x")  // minigo: "defer of builtin delete not supported"
	defer copy(s, "ab")   // minigo: "defer of builtin copy not supported"
}
