// Checks an unrecovered panic with an error value: deferred calls run, stderr shows the Error() text, exit status 2.
package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return "invalid field " + e.Field
}

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name", 3}
	}
	return nil
}

func mustValidate(name string) {
	if err := validate(name); err != nil {
		panic(err)
	}
	fmt.Println("valid:", name)
}

func main() {
	defer fmt.Println("deferred before crash")
	mustValidate("gopher")
	mustValidate("")
	fmt.Println("unreachable at run time")
}
