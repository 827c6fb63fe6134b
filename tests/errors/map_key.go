// Checks invalid map key types (slice, map, function, struct with a slice) and duplicate keys in map literals.
package main

type WithSlice struct{ s []int }

var a map[[]int]string // ERROR "invalid map key type \[\]int$"
var b map[map[string]int]bool // ERROR "invalid map key type map\[string\]int$"
var c map[func()]int // ERROR "invalid map key type func\(\)$"
var d map[WithSlice]int // ERROR "invalid map key type WithSlice$"
var ok map[[2]int]int

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3} // ERROR `duplicate key "a" in map literal$`
	_ = map[int]bool{1: true, 2: false, 1 + 0: true} // ERROR "duplicate key 1 in map literal$"
	_ = map[rune]int{'a': 1, 97: 2} // ERROR "duplicate key 97 in map literal$"
	_, _, _, _, _ = a, b, c, d, ok
}
