// Checks range over a channel (ends at close) and over a map (order-independent aggregation, deletion during range).
package main

import "fmt"

func produce(n int) chan int {
	ch := make(chan int, n)
	for i := 1; i <= n; i++ {
		ch <- i * i
	}
	close(ch)
	return ch
}

func main() {
	sum := 0
	for v := range produce(5) {
		sum += v
	}
	fmt.Println(sum)
	count := 0
	for range produce(3) {
		count++
	}
	fmt.Println(count)
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	keysLen, total := 0, 0
	for k, v := range m {
		keysLen += len(k)
		total += v
	}
	fmt.Println(keysLen, total)
	for k := range m {
		if m[k]%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m["a"], m["c"])
	for range m {
		count++
	}
	fmt.Println(count)
	var nilMap map[int]int
	for k, v := range nilMap {
		fmt.Println(k, v)
	}
	unbuf := make(chan string)
	go func() {
		for _, s := range []string{"x", "y", "z"} {
			unbuf <- s
		}
		close(unbuf)
	}()
	out := ""
	for s := range unbuf {
		out += s
	}
	fmt.Println(out)
	var recvOnly <-chan int = produce(2)
	for v := range recvOnly {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
