// Checks slice to array pointer conversions: aliasing, nil and empty slices, and the panic when the slice is too short.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[1] = 9
	fmt.Println(s, *p, len(p))
	var n []int
	fmt.Println((*[0]int)(n) == nil, (*[0]int)(s[:0]) != nil)
	defer func() { fmt.Println(recover()) }()
	_ = (*[5]int)(s)
}
