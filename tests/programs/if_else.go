// Checks if / else if / else chains with init statements and the scope of variables they declare.
package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else {
		return "F"
	}
}

func main() {
	for s := 65; s <= 100; s += 7 {
		fmt.Println(s, grade(s))
	}
	x := 1
	if x := 10; x > 5 {
		fmt.Println("inner x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("not reached", y)
	}
	fmt.Println("outer x", x)
	if a, b := 3, 4; a > b {
		fmt.Println("a")
	} else if c := a + b; c == 7 {
		fmt.Println("c", c, a, b)
	} else {
		fmt.Println("else", c)
	}
	if !(x > 0) {
		fmt.Println("not reached")
	}
}
