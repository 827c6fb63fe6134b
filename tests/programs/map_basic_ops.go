// Checks map literal, make with a size hint, insert, update, delete, comma-ok lookups and len.
package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	fmt.Println(len(ages), ages["alice"], ages["bob"])
	ages["carol"] = 40
	ages["bob"]++
	ages["alice"] += 10
	fmt.Println(len(ages), ages["alice"], ages["bob"], ages["carol"])
	v, ok := ages["dave"]
	fmt.Println("dave:", v, ok)
	v, ok = ages["carol"]
	fmt.Println("carol:", v, ok)
	delete(ages, "carol")
	delete(ages, "nobody")
	_, ok = ages["carol"]
	fmt.Println("after delete:", len(ages), ok)

	m := make(map[int]string, 100)
	fmt.Println("hinted len:", len(m))
	for i := 0; i < 5; i++ {
		m[i*i] = string(rune('a' + i))
	}
	fmt.Println(len(m), m[0], m[1], m[4], m[9], m[16], m[2] == "")
	if s, found := m[16]; found {
		fmt.Println("found", s)
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['m'], counts['i'], counts['s'], counts['p'], counts['z'])
}
