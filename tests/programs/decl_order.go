// Checks that package-level declarations may be used before they are declared in the source.
package main

import "fmt"

var total = compute(base)

func main() {
	fmt.Println(total, base, label)
	var s Shape = Square{side}
	fmt.Println(s.Area())
	fmt.Println(limit, len(table))
	fmt.Println(helper())
}

func compute(n int) int { return n * factor }

var base = side + 1

const factor = 3

type Shape interface{ Area() int }

func (s Square) Area() int { return s.n * s.n }

type Square struct{ n int }

const side = 4

var label = "<" + name + ">"

var name = "shapes"

var table = [limit]int{}

const limit = 2 * side

func helper() string { return later }

var later = "defined later"
