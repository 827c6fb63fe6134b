// Checks panic with a value of a named integer type: Go prints it as main.Code(7).
package main

import "fmt"

type Code int

func main() {
	defer fmt.Println("cleanup")
	panic(Code(7))
}
