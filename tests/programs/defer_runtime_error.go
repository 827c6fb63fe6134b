// Checks defers still run, innermost frame first, when an unrecovered runtime error panics.
package main

import "fmt"

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("closing", r.name) }

func process(data []int, idx int) int {
	r := &Resource{"inner"}
	defer r.Close()
	return data[idx]
}

func main() {
	r := &Resource{"outer"}
	defer r.Close()
	defer func() {
		fmt.Println("deferred closure sees the panic without recovering")
	}()
	fmt.Println(process([]int{7, 8}, 1))
	fmt.Println(process([]int{7, 8}, 2))
}
