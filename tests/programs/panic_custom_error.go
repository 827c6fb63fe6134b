// Checks an unrecovered panic with a custom error struct value: Go prints its Error() text.
package main

import (
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

func parse(lines []string) {
	for i, l := range lines {
		if l == "" {
			panic(ParseError{i + 1, "empty line"})
		}
		fmt.Println("ok", l)
	}
}

func main() {
	parse([]string{"a", "b", "", "d"})
}
