// Checks Go's classic concurrent prime sieve: a chain of filter goroutines
// connected by channels prints the first 100 primes.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	primes := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	for i := 0; i < 100; i += 10 {
		fmt.Println(primes[i : i+10])
	}
}
