// Checks copy, delete and append called with one multi-value call as their arguments.
package main

import "fmt"

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func g() ([]int, int) { return []int{1}, 2 }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a)) // minigo: compiler segfault (exit 139)
	fmt.Println(n, a)
	m := map[int]int{0: 0}
	delete(h(m)) // minigo: compiler segfault
	fmt.Println(len(m))
	fmt.Println(append(g())) // minigo: "conversion from ([]int, int) to []int not supported"
}
