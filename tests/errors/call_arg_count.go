// Checks "too many arguments" and "not enough arguments" in calls, including f(g()) with multiple results.
package main

func none() {}

func one(a int) int { return a }

func two(a int, b string) {}

func pair() (int, int) { return 1, 2 }

func main() {
	none(1) // ERROR "too many arguments in call to none$"
	one() // ERROR "not enough arguments in call to one$"
	one(1, 2) // ERROR "too many arguments in call to one$"
	two(1) // ERROR "not enough arguments in call to two$"
	two(1, "s", true) // ERROR `too many arguments in call to two$`
	one(pair()) // ERROR "too many arguments in call to one$"
	two(pair()) // ERROR "cannot use pair\(\) \(value of type int\) as type string in argument to two$"
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)$"
}
