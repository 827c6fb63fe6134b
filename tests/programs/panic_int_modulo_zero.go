// Checks an integer modulo by zero on an unsigned type: also "integer divide by zero".
package main

import "fmt"

func main() {
	var m uint8 = 7
	for _, d := range []uint8{3, 2, 0} {
		fmt.Println(m % d)
	}
}
