// A receive from a nil channel blocks forever: deadlock (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	var c chan int
	fmt.Println(len(c))
	<-c
	fmt.Println("not reached")
}
