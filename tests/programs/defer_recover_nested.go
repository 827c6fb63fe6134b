// Checks recover in nested defers: a deferred function that panics and recovers internally, and ordering of the values seen.
package main

import "fmt"

func inner() {
	defer func() {
		defer func() {
			fmt.Println("nested recover:", recover())
		}()
		fmt.Println("outer deferred sees:", recover())
		panic("raised in defer")
	}()
	panic("original")
}

func layered() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "layered caught " + r.(string)
		}
	}()
	defer func() {
		panic("replaced")
	}()
	panic("first")
}

func main() {
	inner()
	fmt.Println("inner returned normally")
	fmt.Println(layered())
}
