// Checks len and cap of arrays and array pointers as constants, used in constant declarations and array bounds.
package main

import "fmt"

var table [8]int
var ptr *[5]string

const (
	N     = len(table)
	M     = cap(ptr)
	S     = len("héllo")
	Total = N*M + S
)

type Buffer [N * 2]byte

func fill() int { return 3 }

func main() {
	var b Buffer
	fmt.Println(N, M, S, Total, len(b))
	const inner = len([4]int{1, 2})
	var arr [inner + 1]bool
	fmt.Println(inner, len(arr))
	local := [...]string{"a", "b", "c"}
	const L = len(local)
	var mirror [L]string
	for i := range local {
		mirror[L-1-i] = local[i]
	}
	fmt.Println(mirror)
	fmt.Println(len(ptr), cap(ptr))
	called := len([2]int{fill(), 0})
	fmt.Println(called)
	dyn := len([]int{1, 2, 3})
	fmt.Println(dyn)
	var grid [3][N / 2]int
	fmt.Println(len(grid), len(grid[0]))
	const typed = int8(len([100]int{}))
	fmt.Println(typed)
}
