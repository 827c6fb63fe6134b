// Checks panic with a string: output goes only up to the panic, "panic: boom" on stderr, exit status 2.
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic("boom")
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	fmt.Println("not reached")
}
