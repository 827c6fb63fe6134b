// Checks reading a field through a nil *struct: nil pointer dereference runtime error and its SIGSEGV line.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, &Node{2, nil}}
	for p := n; ; p = p.Next {
		fmt.Println(p.Val)
	}
}
