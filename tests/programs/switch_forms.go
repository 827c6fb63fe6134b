// Checks switch forms: init statement, no tag, several values per case, fallthrough, default anywhere, break in switch.
package main

import "fmt"

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	default:
		return "F"
	case 7, 6:
		return "C"
	}
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func falls(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	default:
		out = append(out, "default")
	case 2:
		out = append(out, "two")
	}
	return out
}

func main() {
	for _, s := range []int{100, 95, 85, 72, 64, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(classify(-3), classify(0), classify(4), classify(7))
	fmt.Println(falls(0), falls(1), falls(2), falls(5))
	x := 5
	switch x := x * 2; {
	case x > 5:
		fmt.Println("big", x)
		if x == 10 {
			break
		}
		fmt.Println("unreached")
	}
	switch {
	}
	switch x {
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched concatenation")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float case")
	}
	calls := 0
	next := func() int { calls++; return calls }
	switch 2 {
	case next(), next(), next():
		fmt.Println("stopped at", calls)
	}
}
