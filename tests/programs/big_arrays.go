// Big arrays as local variables, values, parameters and results: zeroed, written,
// copied and summed. Each copy is independent (Go's value semantics). They compile
// in well under a second (their zeroing and copies are memset and memcpy, not
// element-by-element stores).
package main

import "fmt"

const MB = 1 << 20

type Grid [100][100]int32

func sumBytes(b *[MB]byte) int {
	s := 0
	for _, x := range b {
		s += int(x)
	}
	return s
}

func fill(g Grid, v int32) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v + int32(i) - int32(j)
		}
	}
	return g
}

func trace(g Grid) (t int64) {
	for i := range g {
		t += int64(g[i][i])
	}
	return
}

func zeroed() [10000]int64 {
	var z [10000]int64
	return z
}

var global [11 << 20]byte
var globalGrid = fill(Grid{}, 3)

func main() {
	var buf [MB]byte
	fmt.Println(sumBytes(&buf), len(buf))
	for i := range buf {
		buf[i] = byte(i)
	}
	fmt.Println(sumBytes(&buf))
	cp := buf
	cp[0] = 200
	fmt.Println(buf[0], cp[0], sumBytes(&cp)-sumBytes(&buf), buf == cp)
	cp = [MB]byte{}
	fmt.Println(sumBytes(&cp), cp[MB-1])

	var b [10000]int64
	var s int64
	for _, x := range b {
		s += x
	}
	fmt.Println(s)
	for i := range b {
		b[i] = int64(i)
	}
	s = 0
	for _, x := range b {
		s += x
	}
	fmt.Println(s)
	c := b
	b = zeroed()
	fmt.Println(b[9999], c[9999], b == zeroed(), c == zeroed())
	for i := 0; i < 3; i++ {
		var fresh [10000]int64 // zero at every iteration
		fresh[i] = int64(i + 1)
		s = 0
		for _, x := range fresh {
			s += x
		}
		fmt.Print(s, " ")
	}
	fmt.Println()

	var big [11 << 20]byte
	big[5] = 3
	big[len(big)-1] = 4
	n := 0
	for _, x := range big {
		n += int(x)
	}
	fmt.Println(n, len(big))
	global[7] = 1
	fmt.Println(global[7], global[8])

	g := fill(Grid{}, 1)
	h := g
	h[50][50] = 1000
	fmt.Println(trace(g), trace(h), trace(fill(h, 2)), trace(globalGrid), g == h)
	grids := []Grid{g, h}
	grids[0][0][0] = -7
	fmt.Println(g[0][0], grids[0][0][0], grids[1][50][50])
	var ifc interface{} = h
	h[50][50] = 0
	fmt.Println(ifc.(Grid)[50][50], ifc == interface{}(h))
}
