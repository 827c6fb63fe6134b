// Checks an unrecovered string index out of range: the length is the byte length of the string.
package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println("bytes:", n)
	fmt.Println(s[n-1])
	fmt.Println(s[n])
}
