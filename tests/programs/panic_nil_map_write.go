// Checks that writing to a nil map panics with "assignment to entry in nil map" while reading it does not.
package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.byName["missing"], len(r.byName))
	defer fmt.Println("deferred runs")
	r.byName["x"] = 1
	fmt.Println("unreachable")
}
