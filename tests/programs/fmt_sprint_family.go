// Checks Sprint/Sprintln/Sprintf spacing rules, Fprintln to os.Stderr, Fprintf to os.Stdout, and Print's operand spacing.
package main

import (
	"fmt"
	"os"
)

type T struct{ A int }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1), fmt.Sprint(1, "x"), fmt.Sprint(T{1}, T{2}))
	ln := fmt.Sprintln("a", "b", 1, 2)
	fmt.Printf("%q\n", ln)
	fmt.Printf("%q\n", fmt.Sprintf("%05.1f|%x", 3.14159, "ok"))
	fmt.Print("no", "space", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "to stdout %d\n", 42)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr", 1, true)
	fmt.Fprint(os.Stderr, "stderr no newline|", 2, "\n")
	fmt.Fprintf(os.Stderr, "stderr %s=%v\n", "key", []int{1})
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil, []interface{}{nil, 1}, [0]int{})
	var e error
	fmt.Println(e)
	fmt.Println(fmt.Sprint(), len(fmt.Sprintln()))
}
