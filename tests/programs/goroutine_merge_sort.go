// Checks a parallel merge sort: halves are sorted in new goroutines down to a
// cutoff, below which an insertion sort runs; the result equals sort.Ints'.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func merge(dst, a, b []int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

var spawned int64
var spawnMu sync.Mutex

func psort(a, tmp []int) {
	if len(a) <= 64 {
		insertion(a)
		return
	}
	mid := len(a) / 2
	var wg sync.WaitGroup
	wg.Add(1)
	spawnMu.Lock()
	spawned++
	spawnMu.Unlock()
	go func() {
		defer wg.Done()
		psort(a[:mid], tmp[:mid])
	}()
	psort(a[mid:], tmp[mid:])
	wg.Wait()
	merge(tmp, a[:mid], a[mid:])
	copy(a, tmp)
}

func main() {
	const n = 20000
	a := make([]int, n)
	x := uint32(12345)
	for i := range a {
		x = x*1664525 + 1013904223
		a[i] = int(x>>8) % 100000
	}
	b := append([]int(nil), a...)
	psort(a, make([]int, n))
	sort.Ints(b)
	same := true
	for i := range a {
		if a[i] != b[i] {
			same = false
		}
	}
	fmt.Println("sorted:", sort.IntsAreSorted(a), "matches sort.Ints:", same)
	fmt.Println("first:", a[:5])
	fmt.Println("last:", a[n-5:])
	fmt.Println("goroutines spawned:", spawned)
}
