// Checks maps of slices grown with append and maps of maps created lazily, a common grouping pattern.
package main

import "fmt"

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	fmt.Println(byLetter['a'], len(byLetter['a']))
	fmt.Println(byLetter['b'])
	fmt.Println(byLetter['c'], byLetter['z'] == nil)

	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"a", "b"}}
	graph := map[string]map[string]int{}
	for _, e := range edges {
		inner, ok := graph[e[0]]
		if !ok {
			inner = map[string]int{}
			graph[e[0]] = inner
		}
		inner[e[1]]++
	}
	fmt.Println(len(graph), graph["a"]["b"], graph["a"]["c"], graph["b"]["c"], graph["c"]["a"])
	fmt.Println(graph["x"]["y"], len(graph["a"]))
	s := byLetter['a']
	s[0] = "APPLE"
	fmt.Println(byLetter['a'][0])
}
