// Checks that calls on both sides of operators, indexes and assignments run left to right, and that variables are read after the calls of their statement.
package main


import (
	"fmt"
	"strconv"
)

var x = 10

func incX() int { x++; return x }
func t(s string) int { fmt.Print(s, " "); return 1 }
func ts(s string) string { fmt.Print(s, " "); return "abc" }

var trace string

func f() int      { trace += "f"; return 2 }
func g() *int     { trace += "g"; return new(int) }
func h() string   { trace += "h"; return "42" }

func main() {
	_ = t("a") + t("b")
	_ = ts("s")[t("i")]
	fmt.Println()
	fmt.Println(x, incX())
	x = 10
	x += incX()
	fmt.Println(x)
	a := []int{0, 0, 0}
	i := 0
	a[i] = func() int { i = 2; return 7 }()
	fmt.Println(a)
	m := map[int]int{}
	var err error
	m[f()], err = strconv.Atoi(h())
	_ = err
	_ = g
	fmt.Println(trace, m)
	if x == incX() {
		fmt.Println("eq")
	} else {
		fmt.Println("ne", x)
	}
}
