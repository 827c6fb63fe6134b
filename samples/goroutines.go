// Goroutines, channels, select and sync: a pipeline of workers that square numbers,
// a WaitGroup to close the results channel, and a select with a timeout.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range jobs {
		results <- n * n
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 10; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var squares []int
	for r := range results {
		squares = append(squares, r)
	}
	sort.Ints(squares)
	fmt.Println(squares)

	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}
}
