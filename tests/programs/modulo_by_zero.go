// Checks the run-time panic for integer modulo by a zero variable (and via %=).
package main

import "fmt"

func main() {
	n := 17
	d := 5
	n %= d
	fmt.Println(n)
	d -= 5
	n %= d
	fmt.Println("not reached", n)
}
