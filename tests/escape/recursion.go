// Escape analysis across recursive and mutually recursive functions (analysed
// together as one strongly connected component): parameters that flow around a
// cycle, linked structures built recursively, recursion that does not leak.
package main

type tree struct {
	left, right *tree
	val         int
}

var sinkTree *tree

// Recursion that only reads: t does not escape.
func size(t *tree) int { // ERROR "t does not escape$"
	if t == nil {
		return 0
	}
	return 1 + size(t.left) + size(t.right)
}

// Recursion returning a node found inside the tree.
func min(t *tree) *tree { // ERROR "leaking param: t to result ~r0 level=0$"
	if t.left == nil {
		return t
	}
	return min(t.left)
}

// Building a tree recursively: the new nodes escape.
func insert(t *tree, v int) *tree { // ERROR "leaking param: t$"
	if t == nil {
		return &tree{val: v} // ERROR "&tree\{\.\.\.\} escapes to heap$"
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

// Mutual recursion: even and odd pass a pointer around the cycle.
func even(n int, p *int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return *p > 0
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return *p < 0
	}
	return even(n-1, p)
}

// Mutual recursion where one side leaks.
func ping(n int, t *tree) { // ERROR "leaking param: t$"
	if n == 0 {
		sinkTree = t
		return
	}
	pong(n-1, t)
}

func pong(n int, t *tree) { // ERROR "leaking param: t$"
	ping(n, t)
}

// Recursion with a local whose address is passed down.
func depth(n int, acc *int) int { // ERROR "acc does not escape$"
	if n == 0 {
		return *acc
	}
	local := *acc + 1
	return depth(n-1, &local)
}

// Recursion that accumulates into a slice parameter and returns it.
func collect(t *tree, out []int) []int { // ERROR "t does not escape$" "leaking param: out to result ~r0 level=0$"
	if t == nil {
		return out
	}
	out = collect(t.left, out)
	out = append(out, t.val)
	return collect(t.right, out)
}

// Recursion building a closure chain.
func chain(n int) func() int {
	if n == 0 {
		return func() int { return 0 } // ERROR "func literal escapes to heap$"
	}
	next := chain(n - 1)
	return func() int { return n + next() } // ERROR "func literal escapes to heap$"
}

// A recursive function with a local array sliced into the recursive call.
func fill(n int, buf []int) int { // ERROR "buf does not escape$"
	if n == 0 {
		return len(buf)
	}
	var local [2]int
	return fill(n-1, local[:])
}

func main() {
	var root *tree
	for _, v := range []int{5, 3, 8} { // ERROR "\[\]int\{\.\.\.\} does not escape$"
		root = insert(root, v)
	}
	println(size(root), min(root).val)
	x := 1
	println(even(4, &x), odd(3, &x))
	ping(2, &tree{}) // ERROR "&tree\{\} escapes to heap$"
	println(depth(3, &x), len(collect(root, nil)), chain(3)(), fill(2, nil))
}
