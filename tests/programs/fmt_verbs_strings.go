// Checks string and byte-slice verbs %s %q %x %X % x %v with width, precision and flags, plus bad verbs and arg errors.
package main

import "fmt"

func main() {
	s := "héllo, wörld"
	fmt.Printf("[%s][%q][%v]\n", s, s, s)
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s]\n", "go", "go", "gopher", "gopher")
	fmt.Printf("[%x][%X][% x][%#x]\n", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("[%q][%+q][%#q][%#q]\n", "tab\there", "é", "back`tick", "plain")
	b := []byte("bytes")
	fmt.Printf("[%s][%q][%x][%v][%d]\n", b, b, b, b, b)
	fmt.Printf("[%5.1q][%-8q]\n", "abc", "x")
	fmt.Printf("[%s][%s]\n", []string{"a", "b"}, [2]string{"c", "d"})
	fmt.Printf("[%q]\n", []string{"a b", "c"})
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z %!\n", 3)
	fmt.Printf("%t %t\n", true, "yes")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %s\n", nil, nil)
	fmt.Printf("%s\n", error(nil))
}
