// Checks asserting to an interface whose method the dynamic type lacks: "main.T is not main.I: missing method M".
package main

import "fmt"

type I interface{ M() }

type T struct{ n int }

func (T) Other() {}

func main() {
	var x interface{} = T{1}
	_, ok := x.(I)
	fmt.Println("comma-ok:", ok)
	i := x.(I)
	i.M()
}
