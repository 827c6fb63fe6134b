// Checks an unrecovered panic with an errors.New value: Go prints the error text after "panic: ".
package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("resource already closed")

func closeIt(closed bool) error {
	if closed {
		return ErrClosed
	}
	return nil
}

func main() {
	fmt.Println(closeIt(false))
	if err := closeIt(true); err != nil {
		panic(err)
	}
}
