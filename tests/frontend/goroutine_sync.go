// Checks goroutines synchronized only with channels: done signals, ordered result collection, unbuffered handoff.
package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		results <- [2]int{j, j * j * id / id}
	}
}

func main() {
	done := make(chan bool)
	value := 0
	go func() {
		value = 42
		done <- true
	}()
	<-done
	fmt.Println(value)
	jobs := make(chan int, 10)
	results := make(chan [2]int, 10)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	var squares [10]int
	for i := 0; i < 9; i++ {
		r := <-results
		squares[r[0]] = r[1]
	}
	fmt.Println(squares)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 5; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(n, ok)
	parts := make([]chan string, 4)
	for i := range parts {
		parts[i] = make(chan string, 1)
		go func(i int, out chan<- string) {
			out <- string(rune('A' + i))
		}(i, parts[i])
	}
	s := ""
	for _, p := range parts {
		s += <-p
	}
	fmt.Println(s)
}
