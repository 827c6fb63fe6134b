// Checks every for form: condition-only, infinite with break, three-clause, and range over slice, array, pointer to array, string, int-less ranges.
package main

import "fmt"

func main() {
	i := 0
	for i < 3 {
		i++
	}
	fmt.Println(i)
	for {
		i--
		if i == 0 {
			break
		}
	}
	fmt.Println(i)
	for j, k := 0, 10; j < k; j, k = j+1, k-2 {
		fmt.Print(j, ":", k, " ")
	}
	fmt.Println()
	xs := []string{"a", "b", "c"}
	for idx := range xs {
		fmt.Print(idx)
	}
	for _, v := range xs {
		fmt.Print(v)
	}
	for range xs {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		arr[3-i] = v * 10
	}
	fmt.Println(arr)
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		if i+1 < len(arr2) {
			arr2[i+1] = v * 10
		}
	}
	fmt.Println(arr2)
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl)
	var idx, val int
	for idx, val = range []int{5, 6, 7} {
	}
	fmt.Println(idx, val)
	var n int
	for n = 0; n < 5; n += 2 {
	}
	fmt.Println(n)
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
