// Checks "is not used" for expression statements whose value is discarded.
package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used$"
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used$"
	f // ERROR "f \(value of type func\(\) int\) is not used$"
	"literal" // ERROR `"literal" \(untyped string constant\) is not used$`
	len("abc") // ERROR `len\("abc"\) \(constant 3 of type int\) is not used$`
	-x // ERROR "-x \(value of type int\) is not used$"
	f()
	x // ERROR "x \(variable of type int\) is not used$"
	[]int{1} // ERROR "\[\]int\{…\} \(value of type \[\]int\) is not used$"
}
