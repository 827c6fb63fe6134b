// Checks composite literals of invalid types, literals with missing types, and element types that do not match.
package main

type T int

type P struct{ X int }

func main() {
	_ = T{1} // ERROR "invalid composite literal type T$"
	_ = int{} // ERROR "invalid composite literal type int$"
	_ = []int{"a"} // ERROR `cannot use "a" \(untyped string constant\) as int value in array or slice literal$`
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)$"
	_ = map[string]int{1: 1} // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal$"
	_ = map[string]int{"a"} // ERROR "missing key in map literal$"
	_ = []P{{Y: 1}} // ERROR "unknown field 'Y' in struct literal of type struct\{X int\}$"
	_ = [...]int{-1: 1} // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative$"
	_ = []string{0: "a", 0: "b"} // ERROR "duplicate index 0 in array or slice literal$"
}
