// Checks a pipeline generator -> square -> filter -> sum where each stage closes
// its output when its input is closed, so the close propagates to the end.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer func() { close(out) }()
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func sum(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		s := 0
		for v := range in {
			s += v
		}
		out <- s
		close(out)
	}()
	return out
}

func main() {
	fmt.Println(<-sum(square(gen(100))))
	fmt.Println(<-sum(odd(square(gen(100)))))
	fmt.Println(<-sum(square(square(gen(10)))))
	// Every value reaches the end in order through unbuffered/buffered stages.
	var got []int
	for v := range square(gen(8)) {
		got = append(got, v)
	}
	fmt.Println(got)
	// An empty generator closes everything at once.
	s, ok := <-sum(square(gen(0)))
	fmt.Println(s, ok)
	c := sum(gen(0))
	<-c
	_, ok = <-c
	fmt.Println("closed after result:", !ok)
}
