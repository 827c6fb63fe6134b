// Checks "missing return" at the closing brace of functions with results that can fall off the end.
package main

func noReturn() int {
} // ERROR "missing return$"

func ifWithoutElse(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return$"

func loopWithBreak() int {
	for {
		break
	}
} // ERROR "missing return$"

func switchWithoutDefault(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return$"

// These terminate properly and must not be reported.
func ifElse(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func infinite() int {
	for {
	}
}

func withPanic() int {
	panic("x")
}

func main() {
	_, _, _, _, _, _, _ = noReturn(), ifWithoutElse(1), loopWithBreak(), switchWithoutDefault(1), ifElse(1), infinite(), withPanic()
}
