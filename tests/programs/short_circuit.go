// Checks && and || short-circuit and left-to-right evaluation, observed through side effects.
package main

import "fmt"

var calls string

func t(name string) bool {
	calls += name
	return true
}

func f(name string) bool {
	calls += name
	return false
}

func show(result bool) {
	fmt.Println(result, calls)
	calls = ""
}

func main() {
	show(t("a") && t("b"))
	show(f("a") && t("b"))
	show(t("a") || t("b"))
	show(f("a") || t("b"))
	show(f("a") || f("b") || t("c") || t("d"))
	show(t("a") && (f("b") || t("c")) && t("d"))
	show(!f("a") && !t("b") || f("c"))
	if x := 0; x != 0 && 10/x > 1 {
		fmt.Println("not reached")
	} else {
		fmt.Println("guarded division skipped")
	}
	n := 0
	for i := 0; i < 5 && t("."); i++ {
		n++
	}
	show(n == 5)
}
