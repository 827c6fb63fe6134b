// Checks a worker pool: jobs fed through a channel to several workers, results
// collected from a results channel and sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, value int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	perWorker := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				perWorker[w]++
				results <- result{j, collatzSteps(j)}
			}
		}(w)
	}
	go func() {
		for j := 1; j <= 200; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	fmt.Println("results:", len(all))
	for _, r := range all[:10] {
		fmt.Printf("job %d -> %d\n", r.job, r.value)
	}
	best := all[0]
	for _, r := range all {
		if r.value > best.value {
			best = r
		}
	}
	fmt.Printf("longest: job %d with %d steps\n", best.job, best.value)
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("jobs done by workers:", total)
}
