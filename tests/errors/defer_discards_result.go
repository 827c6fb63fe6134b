// Checks defer and go of builtins and conversions whose results would be discarded.
package main

func f() int { return 1 }

func main() {
	s := []int{1}
	go len("s") // ERROR `go discards result of len\("s"\) \(constant 1 of type int\)$`
	defer cap(s) // ERROR "defer discards result of cap\(s\) \(value of type int\)$"
	defer int(3) // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)$"
	go string(rune(65)) // ERROR `go requires function call, not conversion string\(rune\(65\)\) \(constant "A" of type string\)$`
	defer append(s, 1) // ERROR "defer discards result of append\(s, 1\) \(value of type \[\]int\)$"
	defer println("fine")
	defer recover()
	defer panic("fine too")
	go f()
	defer copy(s, s)
	defer new(int) // ERROR "defer discards result of new\(int\) \(value of type \*int\)$"
}
