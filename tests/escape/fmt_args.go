// Escape analysis of calls into fmt: the implicit []interface{} of the `...`
// argument does not escape, but each non-constant argument converted to
// interface{} escapes (fmt's parameters leak); constants, locals, pointers,
// strings, structs and errors as arguments; Sprintf results; Errorf with %w.
package main

import (
	"errors"
	"fmt"
	"os"
)

type point struct{ x, y int }

func (p point) String() string { return "point" }

// Constants only.
func constants() {
	fmt.Println("hello", 42, 3.5, true) // ERROR "\.\.\. argument does not escape$" `"hello" escapes to heap$` "42 escapes to heap$" "3\.5 escapes to heap$" "true escapes to heap$"
}

// Locals of basic types.
func locals(n int, s string, f float64) { // ERROR "leaking param: s$"
	fmt.Println(n, s, f) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$" "s escapes to heap$" "f escapes to heap$"
}

// A pointer argument.
func pointer(p *int) { // ERROR "leaking param: p$"
	fmt.Println(p) // ERROR "\.\.\. argument does not escape$"
}

// A struct value and a pointer to a local struct.
func structs() {
	pt := point{1, 2}
	q := point{3, 4} // ERROR "moved to heap: q$"
	fmt.Println(pt, &q) // ERROR "\.\.\. argument does not escape$" "pt escapes to heap$"
}

// Printf with a format and arguments.
func printf(name string, age int) { // ERROR "leaking param: name$"
	fmt.Printf("%s is %d\n", name, age) // ERROR "\.\.\. argument does not escape$" "name escapes to heap$" "age escapes to heap$"
}

// Sprintf: the result is returned.
func sprintf(a, b int) string {
	return fmt.Sprintf("%d-%d", a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

// Sprint with a slice and a map.
func sprintCollections(xs []int, m map[string]int) string { // ERROR "leaking param: xs$" "leaking param: m$"
	return fmt.Sprint(xs, m) // ERROR "\.\.\. argument does not escape$" "xs escapes to heap$"
}

// Errorf wrapping an error.
func wrap(err error) error { // ERROR "leaking param: err$"
	return fmt.Errorf("wrapped: %w", err) // ERROR "\.\.\. argument does not escape$"
}

// Fprintln to os.Stdout.
func fprint(v int) {
	fmt.Fprintln(os.Stdout, "v =", v) // ERROR "\.\.\. argument does not escape$" `"v =" escapes to heap$` "v escapes to heap$"
}

// An error value printed.
func printErr() {
	err := errors.New("boom")
	fmt.Println(err) // ERROR "\.\.\. argument does not escape$"
}

// A slice spread into Println.
func spread(vs []interface{}) { // ERROR "leaking param content: vs$"
	fmt.Println(vs...)
}

// An expression argument.
func expr(a, b int) {
	fmt.Println(a+b, a*b) // ERROR "\.\.\. argument does not escape$" "a \+ b escapes to heap$" "a \* b escapes to heap$"
}

// A string concatenation argument.
func concatArg(a, b string) { // ERROR "a does not escape$" "b does not escape$"
	fmt.Println(a + b) // ERROR "\.\.\. argument does not escape$" "a \+ b escapes to heap$"
}

// A Stringer passed by pointer and by value.
func stringer() {
	p := &point{5, 6} // ERROR "&point\{\.\.\.\} does not escape$"
	fmt.Println(p.String(), *p) // ERROR "\.\.\. argument does not escape$" "point\.String\(p\) escapes to heap$" "\*p escapes to heap$"
}

// Two messages of one line where one is a suffix of the other:
// "s escapes to heap" and "s + s escapes to heap" (regen.py writes the longer
// regexp first, or the shorter would consume both).
func overlap(s string) { // ERROR "leaking param: s$"
	fmt.Println(s, s+s) // ERROR "\.\.\. argument does not escape$" "s \+ s escapes to heap$" "s escapes to heap$"
}

// Println with no arguments.
func empty() {
	fmt.Println()
}

func main() {
	constants()
	locals(1, "s", 2.5)
	x := 7 // ERROR "moved to heap: x$"
	pointer(&x)
	structs()
	printf("ann", 30)
	fmt.Println(sprintf(1, 2), sprintCollections([]int{1}, map[string]int{"a": 1})) // ERROR "\.\.\. argument does not escape$" "sprintf\(1, 2\) escapes to heap$" "sprintCollections\(\[\]int\{\.\.\.\}, map\[string\]int\{\.\.\.\}\) escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$" "map\[string\]int\{\.\.\.\} escapes to heap$"
	fmt.Println(wrap(errors.New("inner"))) // ERROR "\.\.\. argument does not escape$"
	fprint(3)
	printErr()
	spread([]interface{}{1, "a"}) // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "1 escapes to heap$" `"a" escapes to heap$`
	expr(2, 3)
	concatArg("a", "b")
	stringer()
	overlap("o")
	empty()
}
