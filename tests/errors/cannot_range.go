// Checks "cannot range over" for non-rangeable operands and too many range variables.
package main

type T struct{ a []int }

func f() int { return 3 }

func main() {
	n := 10
	for i := range n { // ERROR "cannot range over n \(variable of type int\)$"
		_ = i
	}
	t := T{}
	for range t { // ERROR "cannot range over t \(variable of type T\)$"
	}
	for _, x := range f() { // ERROR "cannot range over f\(\) \(value of type int\)$"
		_ = x
	}
	var p *[]int
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)$"
	}
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable$"
		_, _ = i, v
	}
	var send chan<- int
	for range send { // ERROR "cannot range over send \(variable of type chan<- int\) \(receive from send-only channel\)$"
	}
}
