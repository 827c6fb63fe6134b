// Checks automatic semicolon insertion rules, explicit semicolons and comments in unusual places.
package main

import "fmt"

func pair() (int,
	int,
) {
	return 1,
		2
}

func sum(xs ...int,
) (t int) {
	for _, x := range xs { t += x }; return
}

type point struct { x, y int; label string }

func main() {
	a, b := pair(); fmt.Println(a, b)
	total := 1 +
		2 +
		3
	fmt.Println(total, sum(1,
		2,
		3,
	))
	p := point{
		x: 1, /* inline */ y: 2,
		label: "p", // trailing comma required before newline
	}
	fmt.Println(p.x /* comment inside */ + p.y, p.label)
	xs := []int{
		1,
		2}
	fmt.Println(len(xs))
	if x := 3; x > 2 { fmt.Println("one-line if") }
	for i := 0; i < 2; i++ { fmt.Print(i); fmt.Print(" ") }
	fmt.Println()
	s := "multi" /*
	spanning comment acts like a newline
	*/
	fmt.Println(s)
	var c = struct{ a, b int }{
		1,
		2,
	}
	fmt.Println(c.a+c.b)
	f := func() int {
		return 4 }
	fmt.Println(f())
	x := 5
	x++
	x--
	fmt.Println(x)
	;;
}
