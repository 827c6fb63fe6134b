// Checks misuse of ... in calls: with a non-variadic function, with extra arguments, with a non-slice, and in declarations.
package main

func sum(xs ...int) int { return 0 }

func two(a, b int) {}

func main() {
	xs := []int{1, 2}
	sum(1, xs...) // ERROR "too many arguments in call to sum$"
	two(xs...) // ERROR "cannot use \.\.\. in call to non-variadic two$"
	n := 3
	sum(n...) // ERROR "cannot use n \(variable of type int\) as type \[\]int in argument to sum$"
	strs := []string{"a"}
	sum(strs...) // ERROR "cannot use strs \(variable of type \[\]string\) as type \[\]int in argument to sum$"
	_ = sum(xs...)
}

func bad(a ...int, b int) {} // ERROR "can only use \.\.\. with final parameter in list$"
