// Checks Go's panicwrap text for a value method called through an interface holding a nil pointer.
package main

import "fmt"

type T int

func (t T) F() {}

type I interface{ F() }

var t *T
var i I = t

func main() {
	defer func() { fmt.Println(recover()) }()
	i.F()
}
