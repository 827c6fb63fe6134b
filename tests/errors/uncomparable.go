// Checks == and != on slices, maps, functions and structs containing them (only comparison with nil is allowed).
package main

type WithSlice struct{ s []int }

func f() {}

func main() {
	a, b := []int{1}, []int{1}
	m1, m2 := map[int]int{}, map[int]int{}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)$"
	_ = m1 != m2 // ERROR "invalid operation: m1 != m2 \(map can only be compared to nil\)$"
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)$"
	_ = WithSlice{} == WithSlice{} // ERROR "invalid operation: WithSlice\{\} == WithSlice\{\} \(struct containing \[\]int cannot be compared\)$"
	_ = a == nil
	_ = [1][]int{} == [1][]int{} // ERROR "invalid operation: \[1\]\[\]int\{\} == \[1\]\[\]int\{\} \(\[1\]\[\]int cannot be compared\)$"
	var i interface{} = 1
	_ = i == a // ERROR "invalid operation: i == a \(slice can only be compared to nil\)$"
	_ = a < b // ERROR "invalid operation: a < b \(operator < not defined on slice\)$"
}
