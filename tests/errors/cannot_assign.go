// Checks "cannot assign to" for non-addressable values: map struct fields, string bytes, constants, call results.
package main

type P struct{ X int }

const k = 1

func get() P    { return P{} }
func num() int  { return 1 }

func main() {
	m := map[string]P{}
	m["a"].X = 1 // ERROR `cannot assign to struct field m\["a"\]\.X in map$`
	s := "str"
	s[0] = 'S' // ERROR "cannot assign to s\[0\] \(value of type byte\)$"
	k = 2 // ERROR "cannot assign to k \(untyped int constant 1\)$"
	get().X = 3 // ERROR "cannot assign to get\(\)\.X \(value of type int\)$"
	num() = 4 // ERROR "cannot assign to num\(\) \(value of type int\)$"
	"lit" = s // ERROR `cannot assign to "lit" \(untyped string constant\)$`
	len(s) = 1 // ERROR "cannot assign to len\(s\) \(value of type int\)$"
	m["b"] = P{}
	p := &P{}
	p.X = 5
}
