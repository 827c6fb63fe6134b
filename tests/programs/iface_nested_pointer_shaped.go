// Checks interface values of structs that nest one pointer several levels deep (stored directly in the data word).
package main

import "fmt"

type T2 struct{ p *int }
type T1 struct{ T2 } // struct{ struct{ *int } }: pointer-shaped, stored directly in an interface

func main() {
	x := 5
	var i interface{} = T1{T2{&x}}
	fmt.Println(*i.(T1).p) // Go: 5
}
