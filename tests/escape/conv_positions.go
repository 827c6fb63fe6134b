// Where Go reports the implicit conversion of a value to an interface: at its front
// end's base.Pos when the type checker inserts it. A panic's argument: at the last
// non-constant expression visited inside it (the '(' of a call); an assignment: at
// its left-hand side; a declaration: at its last value's leaf, or at the name; a
// call's arguments and a return's results: at each operand that is not a variable,
// a variable where the operand before it was; a literal's elements: at each element
// or its key's ':'; a send, a map key, append and delete: at the last leaf.
package main

import "fmt"

type T struct{ a, b int }

type S struct{ x, y interface{} }

type P struct {
	p *T
	n int
}

var sink interface{}

var g int

var gs = fmt.Sprint(g, 1) // ERROR "\.\.\. argument does not escape$" "g escapes to heap$" "1 escapes to heap$"

var gi interface{} = g + 1

var gj interface{} = interface{}(g * 2)

func ret() int { return 1 }

func f(x int) int { return x }

func f2(x, y int) int { return x }

func (t T) M(x int) int { return x }

func (t *T) PM(x int) int { return x } // ERROR "t does not escape$"

func fi(x interface{}) int { return 0 } // ERROR "x does not escape$"

func fv(x ...interface{}) int { return 0 } // ERROR "x does not escape$"

func two(x, y interface{}) {} // ERROR "x does not escape$" "y does not escape$"

const K = 3

func panicConst() { panic("constant") } // ERROR `"constant" escapes to heap$`

func panicInt() { panic(42) } // ERROR "42 escapes to heap$"

func panicNamedConst() { panic(K) } // ERROR "K escapes to heap$"

func panicAdd(a, b int) { panic(a + b) } // ERROR "a \+ b escapes to heap$"

func panicAddConst(a int) { panic(a + K) } // ERROR "a \+ K escapes to heap$"

func panicConcat(x, y string) { panic(x + y) } // ERROR "x does not escape$" "y does not escape$" "x \+ y escapes to heap$"

func panicIndex(s []int, b int) { panic(s[b]) } // ERROR "s does not escape$" "s\[b\] escapes to heap$"

func panicLit(a, b int) { panic(T{a, b}) } // ERROR "T\{\.\.\.\} escapes to heap$"

func panicNeg(a int) { panic(-a) } // ERROR "-a escapes to heap$"

func panicField(t T) { panic(t.b) } // ERROR "t\.b escapes to heap$"

func panicPtrField(p *T) { panic(p.a) } // ERROR "p does not escape$" "p\.a escapes to heap$"

func panicCall() { panic(ret()) } // ERROR "ret\(\) escapes to heap$"

func panicCallArg(a int) { panic(f(a)) } // ERROR "f\(a\) escapes to heap$"

func panicCallArgs(a, b int) { panic(f2(a, b+1)) } // ERROR "f2\(a, b \+ 1\) escapes to heap$"

func panicMethod(t T, a int) { panic(t.M(a)) } // ERROR "T\.M\(t, a\) escapes to heap$"

func panicPtrMethod(t *T, a int) { panic(t.PM(a)) } // ERROR "t does not escape$" "\(\*T\)\.PM\(t, a\) escapes to heap$"

func panicConv(a int) { panic(int64(a)) } // ERROR "int64\(a\) escapes to heap$"

func panicClosure(a int) { panic(func() int { return a }()) } // ERROR "func literal does not escape$" "\(func literal\)\(\) escapes to heap$"

func panicSum(a int) { panic(fi(a) + a) } // ERROR "a does not escape$" "fi\(a\) \+ a escapes to heap$"

func panicSliceIndex(s []int, a int) { panic(s[1:a][0]) } // ERROR "s does not escape$" "s\[1:a\]\[0\] escapes to heap$"

func panicMap(m map[int]int, a int) { panic(m[a]) } // ERROR "m does not escape$" "m\[a\] escapes to heap$"

func panicSlice(s string) { panic(s[1:]) } // ERROR "leaking param: s$" "s\[1:\] escapes to heap$"

func panicAssert(a interface{}) { panic(a.(int)) } // ERROR "a does not escape$" "a\.\(int\) escapes to heap$"

func assigns(a, b int, s []int, t T, p *T, m map[int]int, q *P) { // ERROR "s does not escape$" "p does not escape$" "m does not escape$" "q does not escape$"
	sink = a * b // ERROR "a \* b escapes to heap$"
	sink = ret() // ERROR "ret\(\) escapes to heap$"
	sink = s[a] // ERROR "s\[a\] escapes to heap$"
	sink = T{a, b} // ERROR "T\{\.\.\.\} escapes to heap$"
	sink = t.a // ERROR "t\.a escapes to heap$"
	sink = *p // ERROR "\*p escapes to heap$"
	sink = m[a] // ERROR "m\[a\] escapes to heap$"
	sink = -a // ERROR "-a escapes to heap$"
	sink = string(rune(a)) // ERROR "string\(rune\(a\)\) escapes to heap$"
	sink = q.n // ERROR "q\.n escapes to heap$"
	sink = q.p.a // ERROR "q\.p\.a escapes to heap$"
	sink = int64(a) // ERROR "int64\(a\) escapes to heap$"
	sink = ret() + ret() // ERROR "ret\(\) \+ ret\(\) escapes to heap$"
	sink = func() int { return a }() // ERROR "\(func literal\)\(\) escapes to heap$" "func literal does not escape$"
	sink = fmt.Sprint(a) // ERROR "fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "a escapes to heap$"
	var i interface{}
	i = a * 5 // ERROR "a \* 5 does not escape$"
	sink, sink = a+3, b+4 // ERROR "a \+ 3 escapes to heap$" "b \+ 4 escapes to heap$"
	var j, k interface{}
	j, k = a, b // ERROR "a does not escape$" "b does not escape$"
	j, k = k, a // ERROR "a does not escape$"
	_, _, _ = i, j, k
}

func decls(a, b int) {
	var i interface{} = a * b // ERROR "a \* b does not escape$"
	var j, k interface{} = a + 1, b + 2 // ERROR "a \+ 1 does not escape$" "b \+ 2 does not escape$"
	var l interface{} = "decl" // ERROR `"decl" does not escape$`
	var m interface{} = f(a) // ERROR "f\(a\) does not escape$"
	var n interface{} = f2(a, b) + b // ERROR "f2\(a, b\) \+ b does not escape$"
	var o interface{} = int64(a) // ERROR "int64\(a\) does not escape$"
	_, _, _, _, _, _ = i, j, k, l, m, n
	_ = o
}

func calls(a, b int, s string, t T) { // ERROR "s does not escape$"
	fmt.Println(a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
	fmt.Println(a+b, a) // ERROR "\.\.\. argument does not escape$" "a \+ b escapes to heap$" "a escapes to heap$"
	fmt.Println(a, s+s) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "s \+ s escapes to heap$"
	fmt.Println("x", a, 1) // ERROR "\.\.\. argument does not escape$" `"x" escapes to heap$` "a escapes to heap$" "1 escapes to heap$"
	two(a, b) // ERROR "a does not escape$" "b does not escape$"
	two(a, 7) // ERROR "a does not escape$" "7 does not escape$"
	two(7, a) // ERROR "7 does not escape$" "a does not escape$"
	t.M(a)
	t.M(a + 1)
	fi(S{x: a}) // ERROR "S\{\.\.\.\} does not escape$" "a does not escape$"
	fi(K) // ERROR "K does not escape$"
	fi(K + 1) // ERROR "K \+ 1 does not escape$"
	fi(f(a)) // ERROR "f\(a\) does not escape$"
	fv(a, b, func() int { return a + b }()) // ERROR "\.\.\. argument does not escape$" "a does not escape$" "b does not escape$" "func literal does not escape$" "\(func literal\)\(\) does not escape$"
	fv(T{b: a}, a) // ERROR "\.\.\. argument does not escape$" "T\{\.\.\.\} does not escape$" "a does not escape$"
	defer fv(a, b+1) // ERROR "a does not escape$" "\.\.\. argument does not escape$" "b \+ 1 does not escape$"
}

func literals(a, b int) {
	sink = S{x: a, y: b + 1} // ERROR "S\{\.\.\.\} escapes to heap$" "a escapes to heap$" "b \+ 1 escapes to heap$"
	sink = S{a, b + 1} // ERROR "S\{\.\.\.\} escapes to heap$" "a escapes to heap$" "b \+ 1 escapes to heap$"
	sink = map[int]interface{}{a: b, b: a + 1} // ERROR "map\[int\]interface \{\}\{\.\.\.\} escapes to heap$" "b escapes to heap$" "a \+ 1 escapes to heap$"
	sink = [2]interface{}{a, b} // ERROR "\[2\]interface \{\}\{\.\.\.\} escapes to heap$" "a escapes to heap$" "b escapes to heap$"
	sink = []interface{}{a, b} // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap$" "a escapes to heap$" "b escapes to heap$"
	sink = []interface{}{1: a, 2: b + 1} // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap$" "a escapes to heap$" "b \+ 1 escapes to heap$"
	var x = [2]interface{}{0: a, 1: a + 1} // ERROR "a does not escape$" "a \+ 1 does not escape$"
	m := map[interface{}]interface{}{a: 1, a + 1: a} // ERROR "map\[interface \{\}\]interface \{\}\{\.\.\.\} does not escape$" "a escapes to heap$" "a \+ 1 escapes to heap$" "1 escapes to heap$"
	_, _ = x, m
}

func results1(a, b int) interface{} {
	if a > 0 {
		return a // ERROR "a escapes to heap$"
	}
	if b > 0 {
		return a + b // ERROR "a \+ b escapes to heap$"
	}
	return 5 // ERROR "5 escapes to heap$"
}

func results2(a, b int, p *T) (interface{}, interface{}) { // ERROR "p does not escape$"
	if a > 1 {
		return f(a), b // ERROR "f\(a\) escapes to heap$" "b escapes to heap$"
	}
	if a > 2 {
		return p.a, b // ERROR "p\.a escapes to heap$" "b escapes to heap$"
	}
	if a > 3 {
		return K, b // ERROR "K escapes to heap$" "b escapes to heap$"
	}
	if a > 4 {
		return a, b // ERROR "a escapes to heap$" "b escapes to heap$"
	}
	if a > 5 {
		return a + 1, b // ERROR "a \+ 1 escapes to heap$" "b escapes to heap$"
	}
	if a > 6 {
		return a, b + 1 // ERROR "a escapes to heap$" "b \+ 1 escapes to heap$"
	}
	return f2(a, b), 1 // ERROR "f2\(a, b\) escapes to heap$" "1 escapes to heap$"
}

func results3(a int) (interface{}, error) {
	return a, nil // ERROR "a escapes to heap$"
}

func named(a int) (r interface{}) {
	r = a // ERROR "a escapes to heap$"
	return
}

func maps(a, b int, m map[interface{}]int, mi map[int]interface{}) { // ERROR "m does not escape$" "mi does not escape$"
	m[a] = b // ERROR "a escapes to heap$"
	m[a+1] = 2 // ERROR "a \+ 1 escapes to heap$"
	mi[a] = b // ERROR "b escapes to heap$"
	mi[a] = a + b // ERROR "a \+ b escapes to heap$"
	delete(m, a) // ERROR "a does not escape$"
	delete(m, b+1) // ERROR "b \+ 1 does not escape$"
	_ = m[a] // ERROR "a does not escape$"
	_ = m[a+b] // ERROR "a \+ b does not escape$"
}

func stores(a, b int, p *S, s []interface{}, t S) { // ERROR "p does not escape$" "s does not escape$" "leaking param: t$"
	p.x = a // ERROR "a escapes to heap$"
	p.x = a + b // ERROR "a \+ b escapes to heap$"
	s[a] = b // ERROR "b escapes to heap$"
	s[b] = a * 2 // ERROR "a \* 2 escapes to heap$"
	t.x = b // ERROR "b escapes to heap$"
	sink = t // ERROR "t escapes to heap$"
}

func sends(a, b int, ch chan interface{}) { // ERROR "ch does not escape$"
	ch <- a // ERROR "a escapes to heap$"
	ch <- a * b // ERROR "a \* b escapes to heap$"
	select {
	case ch <- a: // ERROR "a escapes to heap$"
	case ch <- a + 1: // ERROR "a \+ 1 escapes to heap$"
	}
}

func appends(a, b int, s []interface{}) []interface{} { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$"
	s = append(s, a, b) // ERROR "a escapes to heap$" "b escapes to heap$"
	s = append(s, a+1) // ERROR "a \+ 1 escapes to heap$"
	s = append(s, a, 5) // ERROR "a escapes to heap$" "5 escapes to heap$"
	s = append(s, 5, a) // ERROR "5 escapes to heap$" "a escapes to heap$"
	return s
}

func closure(a, b int) func() {
	return func() { // ERROR "func literal escapes to heap$"
		fmt.Println(a+1, b) // ERROR "\.\.\. argument does not escape$" "a \+ 1 escapes to heap$" "b escapes to heap$"
		fmt.Println(g+1, g) // ERROR "\.\.\. argument does not escape$" "g \+ 1 escapes to heap$" "g escapes to heap$"
		fmt.Println(a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
	}
}

func cases(a, b int, i interface{}) bool { // ERROR "i does not escape$"
	switch i {
	case a:
		return true
	case b + 1:
		return false
	}
	x := interface{}(a + b) // ERROR "\(interface \{\}\)\(a \+ b\) does not escape$"
	return i == a || x == nil
}

func main() {
	defer func() { recover() }() // ERROR "func literal does not escape$"
	assigns(1, 2, []int{1, 2, 3}, T{}, &T{}, map[int]int{}, &P{p: &T{}}) // ERROR "\[\]int\{\.\.\.\} does not escape$" "&T\{\} does not escape$" "map\[int\]int\{\} does not escape$" "&P\{\.\.\.\} does not escape$"
	decls(1, 2)
	calls(1, 2, "s", T{})
	literals(1, 2)
	results1(1, 2)
	results2(1, 2, &T{}) // ERROR "&T\{\} does not escape$"
	results3(1)
	named(1)
	maps(1, 2, map[interface{}]int{}, map[int]interface{}{}) // ERROR "map\[interface \{\}\]int\{\} does not escape$" "map\[int\]interface \{\}\{\} does not escape$"
	stores(1, 2, &S{}, make([]interface{}, 3), S{}) // ERROR "&S\{\} does not escape$" "make\(\[\]interface \{\}, 3\) does not escape$"
	sends(1, 2, make(chan interface{}, 10))
	appends(1, 2, nil)
	closure(1, 2)()
	cases(1, 2, 3) // ERROR "3 does not escape$"
	fmt.Println(gs, gi, gj) // ERROR "\.\.\. argument does not escape$" "gs escapes to heap$"
	panicAdd(1, 2)
}
