// Checks map literals, lookup of missing keys (zero value), comma-ok, delete, len and nil maps.
package main

import "fmt"

func main() {
	ages := map[string]int{
		"alice": 31,
		"bob":   25,
	}
	fmt.Println(len(ages), ages["alice"], ages["carol"])
	if v, ok := ages["bob"]; ok {
		fmt.Println("bob is", v)
	}
	_, ok := ages["dave"]
	fmt.Println(ok)
	ages["carol"] = 40
	ages["alice"]++
	ages["bob"] += 10
	fmt.Println(len(ages), ages["alice"], ages["bob"], ages["carol"])
	delete(ages, "bob")
	delete(ages, "nobody")
	_, ok = ages["bob"]
	fmt.Println(len(ages), ok)
	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	delete(nilMap, "x")
	v, found := nilMap["y"]
	fmt.Println(v, found)
	byInt := map[int]string{1: "one", -1: "minus one", 1 << 40: "big"}
	fmt.Println(byInt[1], byInt[-1], byInt[1<<40], len(byInt))
	type key struct{ a, b int }
	pts := map[key]string{{1, 2}: "p", {3, 4}: "q"}
	fmt.Println(pts[key{1, 2}], pts[key{3, 4}], pts[key{2, 1}] == "")
	arrKey := map[[2]bool]int{{true, false}: 1}
	arrKey[[2]bool{true, false}]++
	fmt.Println(arrKey[[2]bool{true, false}])
	counts := make(map[rune]int, 8)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], len(counts))
	fmt.Println(ages)
}
