// Checks a tagless switch with %, string building with +=, and fmt.Print without newline per item.
package main

import "fmt"

func main() {
	for i := 1; i <= 30; i++ {
		s := ""
		switch {
		case i%15 == 0:
			s = "FizzBuzz"
		case i%3 == 0:
			s = "Fizz"
		case i%5 == 0:
			s = "Buzz"
		default:
			fmt.Print(i)
		}
		s += "\n"
		fmt.Print(s)
	}
}
