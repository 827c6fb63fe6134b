// Checks an integer division by a zero variable inside a helper: "integer divide by zero".
package main

import "fmt"

func avg(sum, n int64) int64 {
	return sum / n
}

func main() {
	fmt.Println(avg(10, 3))
	var zero int64
	fmt.Println(avg(10, zero))
}
