// Checks var blocks, zero values, multi-variable declarations and initialization from calls.
package main

import "fmt"

var (
	count   int
	name    = "minigo"
	ratio   float64
	enabled bool
	x, y    = 3, "three"
	p, q    int = 1, 2
	lst     []int
	m       map[string]int
	ptr     *int
	iface   interface{}
	fn      func() int
)

func pair() (int, string) { return 42, "answer" }

var n, s = pair()

func main() {
	fmt.Println(count, name, ratio, enabled, x, y, p, q)
	fmt.Println(lst == nil, m == nil, ptr == nil, iface == nil, fn == nil)
	fmt.Println(len(lst), len(m))
	fmt.Println(n, s)
	var (
		a = 1
		b = a * 2
		c = b * 3
	)
	fmt.Println(a, b, c)
	var arr [3]string
	fmt.Println(len(arr), arr[0] == "")
	var st struct {
		A int
		B string
	}
	fmt.Println(st.A, st.B == "")
	var k1, k2, k3 = 1, 2.5, "three"
	fmt.Println(k1, k2, k3)
	k1, k3 = 10, "thirty"
	fmt.Println(k1, k3)
}
