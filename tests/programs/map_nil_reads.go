// Checks reading from, ranging over, deleting from and taking len of a nil map, which never panic.
package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(m == nil, len(m))
	fmt.Println(m["x"] == nil, len(m["x"]))
	v, ok := m["x"]
	fmt.Println(v == nil, ok)
	delete(m, "x")
	n := 0
	for range m {
		n++
	}
	fmt.Println("iterations:", n)
	var counts map[int]int
	total := counts[1] + counts[2]
	fmt.Println("total:", total)
	m = map[string][]int{}
	fmt.Println(m == nil, len(m))
	m["x"] = append(m["x"], 1, 2)
	fmt.Println(m["x"], len(m))
}
