// Checks fmt.Println/Print of maps: Go prints map[k:v ...] with keys sorted, nested and nil maps included.
package main

import "fmt"

type P struct{ A, B int }

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "beta": 2}
	fmt.Println(m)
	ints := map[int]bool{10: true, -3: false, 7: true, 0: false}
	fmt.Println(ints)
	var nilMap map[string]string
	fmt.Println(nilMap, len(nilMap))
	nested := map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {"k": 0}}
	fmt.Println(nested)
	structs := map[P]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(structs)
	floats := map[float64]string{2.5: "x", -1: "y", 0.25: "z"}
	fmt.Print(floats, "\n")
	runes := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(runes)
	fmt.Println(map[string][]int{"s": {1, 2}, "e": nil})
}
