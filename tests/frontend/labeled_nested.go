// Checks labeled break and continue across nested for, switch and select statements.
package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
	a, b := -1, -1
Outer:
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				a, b = i, j
				break Outer
			}
		}
	}
	return a, b
}

func main() {
	fmt.Println(findPair([]int{1, 4, 6, 9}, 10))
	fmt.Println(findPair([]int{1, 2}, 10))
Rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue Rows
			}
			if i == 3 {
				break Rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
Loop:
	for {
		switch {
		case n > 5:
			break Loop
		case n%2 == 0:
			n += 3
			continue Loop
		}
		n++
	}
	fmt.Println(n)
	ch := make(chan int, 1)
	count := 0
Sel:
	for i := 0; i < 10; i++ {
		select {
		case ch <- i:
		default:
			v := <-ch
			count++
			if v >= 4 {
				break Sel
			}
		}
	}
	fmt.Println(count)
	found := false
Search:
	for _, row := range [][]string{{"a", "b"}, {"c", "d"}} {
		for _, cell := range row {
			switch cell {
			case "c":
				found = true
				break Search
			}
		}
	}
	fmt.Println(found)
}
