// close of a nil channel panics (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	var c chan int
	close(c)
	fmt.Println("not reached")
}
