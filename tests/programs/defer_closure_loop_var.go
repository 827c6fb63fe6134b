// Checks deferred closures in loops: with Go 1.19's single loop variable they all see the final value unless copied or passed.
package main

import "fmt"

func shared() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("shared i:", i) }()
	}
}

func copied() {
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println("copied i:", i) }()
	}
}

func passed() {
	for _, s := range []string{"a", "b", "c"} {
		defer func(v string) { fmt.Println("passed s:", v) }(s)
	}
}

func rangeShared() {
	for _, s := range []string{"x", "y", "z"} {
		defer func() { fmt.Println("range shared s:", s) }()
	}
}

func main() {
	shared()
	copied()
	passed()
	rangeShared()
}
