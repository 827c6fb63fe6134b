// Escape analysis inside loops: a pointer to a variable declared in a loop body
// that outlives the iteration (assigned to a variable declared outside the loop)
// moves the variable to the heap even if it never leaves the function;
// allocations in loops; loop variables captured by closures; range variables.
package main

type node struct {
	v    int
	next *node
}

// The address of a body variable kept across iterations: moves.
func lastAddr() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

// The address of a body variable used only within the iteration: stays.
func sameIteration() int {
	t := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		t += *p
	}
	return t
}

// &T{} in a loop linked into a list held outside the loop.
func buildList(n int) int {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{v: i, next: head} // ERROR "&node\{\.\.\.\} escapes to heap$"
	}
	c := 0
	for p := head; p != nil; p = p.next {
		c++
	}
	return c
}

// &T{} in a loop used only in the iteration.
func tempInLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		n := &node{v: i} // ERROR "&node\{\.\.\.\} does not escape$"
		t += n.v
	}
	return t
}

// new in a loop kept outside.
func newInLoop() *int {
	var last *int
	for i := 0; i < 2; i++ {
		last = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return last
}

// A constant make in a loop, used in the iteration.
func makeInLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		buf := make([]byte, 16) // ERROR "make\(\[\]byte, 16\) does not escape$"
		t += len(buf)
	}
	return t
}

// The loop variable's address kept.
func loopVarAddr() *int {
	var keep *int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		if i == 1 {
			keep = &i
		}
	}
	return keep
}

// A range value's address appended to a slice declared outside.
func rangeAddrs(xs []int) int { // ERROR "leaking param content: xs$"
	var ps []*int
	for _, x := range xs { // ERROR "moved to heap: x$"
		ps = append(ps, &x)
	}
	return len(ps)
}

// Closures created in a loop and stored outside.
func closuresInLoop() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j }) // ERROR "func literal escapes to heap$"
	}
	return len(fs)
}

// A closure created and called in each iteration.
func closureEachIteration() int {
	t := 0
	for i := 0; i < 3; i++ {
		t += func() int { return i * 2 }() // ERROR "func literal does not escape$"
	}
	return t
}

// A labeled loop with the outer variable's address taken inside.
func labeled() int {
	total := 0
	p := &total
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue outer
			}
			*p += j
		}
	}
	return total
}

// A pointer moved forward in a loop over parameter nodes.
func walk(n *node) int { // ERROR "n does not escape$"
	c := 0
	for ; n != nil; n = n.next {
		c += n.v
	}
	return c
}

func main() {
	println(lastAddr(), sameIteration(), buildList(3), tempInLoop(), *newInLoop())
	println(makeInLoop(), *loopVarAddr(), rangeAddrs([]int{1, 2}), closuresInLoop()) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	println(closureEachIteration(), labeled(), walk(&node{v: 1})) // ERROR "&node\{\.\.\.\} does not escape$"
}
