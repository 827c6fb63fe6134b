// Checks arrays of arrays, value semantics on assignment and calls, and array comparison.
package main

import "fmt"

type Matrix [3][3]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return r
}

func zeroFirst(a [3]int) [3]int {
	a[0] = 0
	return a
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(m, identity()) == m, mul(m, m))
	row := m[1]
	row[0] = 100
	fmt.Println(row, m[1])
	copyM := m
	copyM[2][2] = 0
	fmt.Println(copyM == m, m[2][2])
	orig := [3]int{7, 8, 9}
	fmt.Println(zeroFirst(orig), orig)
	a := [2]string{"x", "y"}
	b := [2]string{"x", "y"}
	fmt.Println(a == b, a != [2]string{"y", "x"})
	type pair struct{ k, v int }
	ps := [2]pair{{1, 2}, {3, 4}}
	qs := ps
	fmt.Println(ps == qs)
	qs[1].v = 5
	fmt.Println(ps == qs, ps, qs)
	p := &m
	p[0][0] = -1
	fmt.Println(m[0])
	for i, r := range m {
		fmt.Println(i, r[0]+r[1]+r[2])
	}
}
