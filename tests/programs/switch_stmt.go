// Checks expression switches: tag, no tag, init statement, several values per case, default, fallthrough, break.
package main

import "fmt"

func classify(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd digit"
	case 2, 4, 6, 8:
		return "even digit"
	default:
		return "big"
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func fall(n int) {
	switch n {
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
		fallthrough
	default:
		fmt.Print("default ")
	case 3:
		fmt.Print("three ")
	}
	fmt.Println()
}

func order(s string) string {
	switch t := s + "!"; t {
	case "a!":
		return "A"
	case "b" + "!":
		return "B"
	}
	return "?"
}

func main() {
	for i := 0; i < 12; i += 3 {
		fmt.Println(i, classify(i), sign(i-5))
	}
	fall(1)
	fall(2)
	fall(3)
	fall(4)
	fmt.Println(order("a"), order("b"), order("c"))
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("not reached")
	case x > 1:
		fmt.Println("x > 1")
	}
	switch {
	}
	switch true {
	case false:
		fmt.Println("false")
	default:
		fmt.Println("default only")
	}
}
