// Checks interface comparison: equal only with identical dynamic types and values; uncomparable dynamic types panic (recovered).
package main

import "fmt"

type A int
type B int

type Key struct{ s string }

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	x, y = A(1), B(1)
	fmt.Println(x == y, x == A(1), y == B(1))
	x, y = Key{"k"}, Key{"k"}
	fmt.Println(x == y)
	x, y = &Key{"k"}, &Key{"k"}
	fmt.Println(x == y)
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	var nilPtr *Key
	x = nilPtr
	fmt.Println(x == nil, x == (*Key)(nil))
	x, y = "s", "s"
	fmt.Println(x == y, x != y)
	x, y = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(x == y)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	x, y = []int{1}, []int{1}
	fmt.Println(x == y)
}
