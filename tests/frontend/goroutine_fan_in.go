// Checks fan-out/fan-in with goroutines, results sent as structs and reassembled by index for deterministic output.
package main

import "fmt"

type result struct {
	index int
	value string
}

func process(index int, input string, out chan<- result) {
	reversed := []byte(input)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	out <- result{index, string(reversed)}
}

func collect(inputs []string) []string {
	out := make(chan result)
	for i, in := range inputs {
		go process(i, in, out)
	}
	results := make([]string, len(inputs))
	for range inputs {
		r := <-out
		results[r.index] = r.value
	}
	return results
}

func main() {
	fmt.Println(collect([]string{"alpha", "beta", "gamma", "delta"}))
	sem := make(chan struct{}, 2)
	done := make(chan int)
	for i := 1; i <= 5; i++ {
		go func(n int) {
			sem <- struct{}{}
			v := n * n
			<-sem
			done <- v
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-done
	}
	fmt.Println(sum)
	errs := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			if i == 1 {
				errs <- failure("task 1 failed")
				return
			}
			errs <- nil
		}(i)
	}
	failed := 0
	for i := 0; i < 3; i++ {
		if err := <-errs; err != nil {
			failed++
			fmt.Println(err)
		}
	}
	fmt.Println(failed)
}

type failure string

func (f failure) Error() string { return string(f) }
