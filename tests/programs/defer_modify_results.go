// Checks deferred closures changing named results, including after a panic was recovered and with shadowed names.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = errors.New("division failed")
		}
	}()
	q = a / b
	return q, nil
}

func shadow() (n int) {
	defer func() { n += 100 }()
	{
		n := 5
		_ = n
	}
	return 1
}

func unnamed() int {
	x := 1
	defer func() { x = 50 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(shadow())
	fmt.Println(unnamed())
}
