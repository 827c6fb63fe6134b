// Checks constant declarations with non-constant initializers and missing init expressions.
package main

var v = 1

func f() int { return 2 }

const a = v // ERROR "v \(variable of type int\) is not constant$"
const b = f() // ERROR "f\(\) \(value of type int\) is not constant$"
const c = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant$"
const d = "abc"[1] // ERROR `"abc"\[1\] \(value of type byte\) is not constant$`
const (
	e = 1
	g, h // ERROR "missing init expr for h$"
)
const ok = len("abc")

func main() {
	x := 3
	const y = x + 1 // ERROR "x \+ 1 \(value of type int\) is not constant$"
}
