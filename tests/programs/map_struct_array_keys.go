// Checks struct and array map keys: equal composite values hit the same entry.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	P    Point
}

func main() {
	visited := map[Point]bool{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p.X, p.Y)
		}
		visited[p] = true
	}
	fmt.Println(len(visited))

	m := map[Key]int{}
	m[Key{"a", Point{1, 2}}] = 1
	m[Key{"a", Point{1, 2}}] += 10
	m[Key{"b", Point{1, 2}}] = 5
	fmt.Println(len(m), m[Key{"a", Point{1, 2}}], m[Key{P: Point{1, 2}, Name: "b"}])

	arr := map[[3]int]string{}
	arr[[3]int{1, 2, 3}] = "abc"
	k := [3]int{1, 2, 0}
	k[2] = 3
	fmt.Println(arr[k], len(arr))
	k[0] = 9
	_, ok := arr[k]
	fmt.Println(ok)
}
