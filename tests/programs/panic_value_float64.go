// Checks panic with a float64 value: Go prints floats in the runtime's print format (+1.500000e+000).
package main

import "fmt"

func ratio(a, b float64) float64 {
	if b == 0 {
		panic(a)
	}
	return a / b
}

func main() {
	fmt.Println(ratio(3, 2))
	fmt.Println(ratio(1.5, 0))
}
