// Several producers feed one buffered channel; the last one to finish closes it (a
// counter channel as a semaphore); the consumer ranges over it.
package main

import "fmt"

func main() {
	const producers = 8
	const perProducer = 500
	work := make(chan int, 16)
	finished := make(chan bool)
	for p := 0; p < producers; p++ {
		go func(p int) {
			for i := 0; i < perProducer; i++ {
				work <- p*perProducer + i
			}
			finished <- true
		}(p)
	}
	go func() {
		for i := 0; i < producers; i++ {
			<-finished
		}
		close(work)
	}()
	sum, count := 0, 0
	seen := make(map[int]bool)
	for v := range work {
		sum += v
		count++
		seen[v] = true
	}
	n := producers * perProducer
	fmt.Println(count, len(seen), sum == n*(n-1)/2)
}
