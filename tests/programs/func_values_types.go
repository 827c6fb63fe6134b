// Checks function types and values: assignment, comparison with nil, slices and maps of functions, named func types.
package main

import "fmt"

type BinOp func(int, int) int

type Pipeline []func(int) int

func (p Pipeline) Run(x int) int {
	for _, f := range p {
		x = f(x)
	}
	return x
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func fold(op BinOp, init int, xs ...int) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func choose(name string) BinOp {
	switch name {
	case "add":
		return add
	case "mul":
		return mul
	}
	return nil
}

func main() {
	var op BinOp
	fmt.Println(op == nil)
	op = add
	fmt.Println(op(2, 3), op != nil)
	ops := map[string]BinOp{"+": add, "-": sub, "*": mul}
	for _, k := range []string{"+", "-", "*"} {
		fmt.Print(ops[k](7, 3), " ")
	}
	fmt.Println()
	fmt.Println(fold(add, 0, 1, 2, 3, 4), fold(mul, 1, 1, 2, 3, 4), fold(sub, 10))
	fmt.Println(choose("mul")(6, 7), choose("none") == nil)
	p := Pipeline{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 10 },
	}
	p = append(p, func(x int) int { return -x })
	fmt.Println(p.Run(4), len(p))
	var plain func(int, int) int = op
	fmt.Println(plain(1, 1))
	table := [3]func() string{
		func() string { return "zero" },
		func() string { return "one" },
	}
	fmt.Println(table[0](), table[1](), table[2] == nil)
	fmt.Println(func(a, b int) int { return a*a + b*b }(3, 4))
}
