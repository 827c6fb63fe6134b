// Checks the print and println builtins (to standard error) for integers, booleans, strings, floats and nil-able values.
package main

func main() {
	println("hello", 1, true, -7)
	print("no", "spaces", 1, 2, "\n")
	println()
	var i8 int8 = -8
	var u64 uint64 = 1<<64 - 1
	println(i8, u64, 'a')
	println(1.5, float32(0.25), 1e21)
	var p *int
	var s []int
	var m map[string]int
	println(p == nil, s == nil, m == nil, len(s))
	x := 3
	println(x*x, x<<4, x > 2)
	print("end\n")
}
