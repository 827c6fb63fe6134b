// Checks go statements on builtins (copy, delete): each runs in a new goroutine
// with its arguments evaluated at the go statement; main polls for the effects.
package main

import (
	"fmt"
	"time"
)

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	go copy(dst, src[:2])
	src = []int{7, 8, 9} // go copy already took the old slice
	m := map[string]int{"a": 1, "b": 2}
	go delete(m, "a")
	deadline := time.Now().Add(5 * time.Second)
	for (len(m) != 1 || dst[0] != 1 || dst[1] != 2) && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(time.Millisecond)
	fmt.Println(dst, len(m))
}
