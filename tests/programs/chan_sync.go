// Synchronisation through channels: a done channel per worker, a worker pool with
// results gathered by index, a mutex made of a 1-buffered channel, and close as a
// broadcast that releases every waiting goroutine.
package main

import "fmt"

func main() {
	// A worker pool.
	jobs := make(chan int)
	results := make(chan [2]int)
	for w := 0; w < 4; w++ {
		go func() {
			for j := range jobs {
				results <- [2]int{j, j * j}
			}
		}()
	}
	go func() {
		for i := 0; i < 100; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	squares := make([]int, 100)
	for i := 0; i < 100; i++ {
		r := <-results
		squares[r[0]] = r[1]
	}
	fmt.Println(squares[0], squares[9], squares[99])

	// A mutex from a channel.
	mu := make(chan struct{}, 1)
	counter := 0
	done := make(chan bool)
	for g := 0; g < 10; g++ {
		go func() {
			for i := 0; i < 1000; i++ {
				mu <- struct{}{}
				counter++
				<-mu
			}
			done <- true
		}()
	}
	for g := 0; g < 10; g++ {
		<-done
	}
	fmt.Println(counter)

	// close as a broadcast.
	start := make(chan struct{})
	ready := make(chan int)
	for g := 0; g < 5; g++ {
		go func(g int) {
			_, ok := <-start
			ready <- g * 10
			_ = ok
		}(g)
	}
	close(start)
	sum := 0
	for g := 0; g < 5; g++ {
		sum += <-ready
	}
	fmt.Println(sum)
}
