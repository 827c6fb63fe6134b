// select {} blocks forever: deadlock (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("start")
	select {}
	fmt.Println("not reached")
}
