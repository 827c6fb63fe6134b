// Checks the deterministic-output idiom: collect map keys, sort them with sort.Strings / sort.Ints, then print.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, freq[k])
	}
	byCount := map[int][]string{}
	for _, k := range keys {
		byCount[freq[k]] = append(byCount[freq[k]], k)
	}
	var counts []int
	for c := range byCount {
		counts = append(counts, c)
	}
	sort.Ints(counts)
	for i := len(counts) - 1; i >= 0; i-- {
		fmt.Println(counts[i], byCount[counts[i]])
	}
}
