// Checks defer: LIFO order, arguments evaluated at the defer statement, deferred method values and closures in loops.
package main

import "fmt"

type logger struct{ prefix string }

func (l logger) log(s string) { fmt.Println(l.prefix + s) }

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsNow() {
	x := 1
	defer fmt.Println("arg evaluated early:", x)
	defer func() { fmt.Println("closure sees late:", x) }()
	x = 2
}

func methodValue() {
	l := logger{"A: "}
	defer l.log("method value, receiver copied")
	l.prefix = "B: "
	defer l.log("second")
}

func compute(tag string) int {
	fmt.Println("evaluating", tag)
	return len(tag)
}

func nested() {
	defer func() {
		defer fmt.Println("inner deferred")
		fmt.Println("outer deferred body")
	}()
	defer fmt.Println("result", compute("now"))
	fmt.Println("nested body")
}

func main() {
	order()
	argsNow()
	methodValue()
	nested()
	func() {
		defer fmt.Println("anonymous function's defer")
	}()
	fmt.Println("main end")
}
