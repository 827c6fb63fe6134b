// Checks deferred closures reading and modifying named results after the return statement sets them.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func trace() (s string) {
	defer func() { s += " (traced)" }()
	s = "initial"
	return s + " returned"
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a / b, nil
}

func order() (out []int) {
	defer func() { out = append(out, 3) }()
	defer func() { out = append(out, 2) }()
	return []int{1}
}

func main() {
	fmt.Println(double(), trace(), counter(), unnamed())
	q, err := safeDiv(10, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(order())
}
