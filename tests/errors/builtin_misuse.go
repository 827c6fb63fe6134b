// Checks misuse of builtins: make, new, len, cap, append, copy and delete with wrong operands or argument counts.
package main

func main() {
	s := []int{1}
	m := map[string]int{}
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel$"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1$"
	_ = make([]int, 1, 2, 3) // ERROR "invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4$"
	_ = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for len$"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap$"
	_ = append(m, 1) // ERROR "first argument to append must be a slice; have m \(variable of type map\[string\]int\)$"
	_ = copy(s, m) // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and m \(variable of type map\[string\]int\)$"
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map$"
	_ = new(1) // ERROR "1 is not a type$"
}
