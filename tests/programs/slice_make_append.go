// Checks make with len and cap, append growth and aliasing, append of several values and of a slice.
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 4, 5)
	fmt.Println(s, len(s), cap(s))
	t := s[:2]
	t = append(t, 99)
	fmt.Println(s, t)
	u := make([]int, 2)
	v := append(u, 1)
	v[0] = 7
	fmt.Println(u, v)
	var grow []int
	prevCap := -1
	changes := 0
	for i := 0; i < 100; i++ {
		grow = append(grow, i)
		if cap(grow) != prevCap {
			changes++
			prevCap = cap(grow)
		}
	}
	fmt.Println(len(grow), changes > 3, grow[99])
	more := []int{1, 2}
	more = append(more, more...)
	more = append(more[:1], more[2:]...)
	fmt.Println(more)
	strs := make([]string, 0, 4)
	strs = append(strs, "a")
	strs = append(strs, []string{"b", "c"}...)
	fmt.Println(strs, len(strs))
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	fmt.Println(append([]int(nil)), append([]int{}, 1))
	n := 5
	dyn := make([]float64, n, n*2)
	fmt.Println(len(dyn), cap(dyn))
}
