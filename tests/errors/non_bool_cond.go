// Checks "non-boolean condition" in if and for statements.
package main

func main() {
	x, s := 1, "s"
	if x { // ERROR "non-boolean condition in if statement$"
	}
	if s { // ERROR "non-boolean condition in if statement$"
	} else if x + 1 { // ERROR "non-boolean condition in if statement$"
	}
	for x { // ERROR "non-boolean condition in for statement$"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement$"
	}
	if true {
	}
}
