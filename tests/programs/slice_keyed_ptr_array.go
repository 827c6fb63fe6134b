// Checks keyed slice literals, pointer-to-array indexing, slicing, len and range, and slicing arrays in place.
package main

import "fmt"

func double(p *[4]int) {
	for i := range p {
		p[i] *= 2
	}
}

func main() {
	s := []string{3: "d", 1: "b", "c"}
	fmt.Println(len(s), s, s[0] == "")
	nums := []int{5: 1, 2, 0: 9}
	fmt.Println(nums, len(nums), cap(nums))
	arr := [4]int{1, 2, 3, 4}
	double(&arr)
	fmt.Println(arr)
	p := &arr
	fmt.Println(p[0], len(p), cap(p))
	tail := p[2:]
	tail[0] = 100
	fmt.Println(arr, len(tail))
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	view := arr[1:3]
	view = append(view, -1)
	fmt.Println(arr, view)
	mat := [][]float64{1: {1.5}, 0: {0.5, 0.25}}
	fmt.Println(mat)
	type Entry struct {
		K string
		V int
	}
	entries := []*Entry{{"a", 1}, 2: {"c", 3}}
	fmt.Println(entries[0].K, entries[1] == nil, entries[2].V)
	bytes := []byte{'h', 'i', 10: '!'}
	fmt.Println(len(bytes), string(bytes[:2]))
	var pz *[3]int
	fmt.Println(len(pz))
}
