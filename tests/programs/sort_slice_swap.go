// Checks sort.Slice, sort.SliceStable and sort.SliceIsSorted, which swap the
// elements of a slice of any type through internal/rtype.Swap.
package main

import "sort"

type pt struct {
	x, y int
	name string
}

func main() {
	a := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	for _, v := range a {
		print(v, " ")
	}
	println()
	println(sort.SliceIsSorted(a, func(i, j int) bool { return a[i] < a[j] }))

	ps := []pt{{3, 1, "c"}, {1, 2, "a"}, {2, 3, "b"}, {0, 9, "z"}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].x < ps[j].x })
	println(ps[0].name, ps[1].name, ps[2].name, ps[3].name, ps[3].y)

	ss := []string{"pear", "apple", "fig", "kiwi", "banana", "date"}
	sort.SliceStable(ss, func(i, j int) bool { return len(ss[i]) < len(ss[j]) })
	for _, s := range ss {
		print(s, " ")
	}
	println()

	big := make([][40]int, 50)
	for i := range big {
		big[i][0] = (i * 37) % 50
		big[i][39] = big[i][0]
	}
	sort.Slice(big, func(i, j int) bool { return big[i][0] > big[j][0] })
	ok := true
	for i := range big {
		if big[i][0] != 49-i || big[i][39] != big[i][0] {
			ok = false
		}
	}
	println("big", ok)

	var empty []float64
	sort.Slice(empty, func(i, j int) bool { return empty[i] < empty[j] })
	println("empty", len(empty))
}
