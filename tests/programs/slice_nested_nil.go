// Checks slices of slices (jagged, shared rows), nil vs empty slices, and operations on nil slices.
package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	for _, row := range pascal(6) {
		fmt.Println(row, sum(row))
	}
	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Println(len(nilS), cap(nilS), sum(nilS), nilS[:0] == nil)
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, 1)
	fmt.Println(nilS, nilS == nil)
	grid := [][]string{{"a"}, {"b", "c"}, nil}
	grid[2] = append(grid[2], "d", "e", "f")
	fmt.Println(grid, len(grid[2]))
	shared := []int{1, 2, 3}
	two := [][]int{shared, shared[1:]}
	two[0][2] = 30
	fmt.Println(two)
	var nested [][]int
	nested = append(nested, []int{}, nil)
	fmt.Println(len(nested), nested[0] == nil, nested[1] == nil)
}
