// hello.go — the smallest minigo program: Go source to a native executable.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
