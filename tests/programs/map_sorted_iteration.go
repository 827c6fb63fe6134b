// Checks iteration over a map with keys collected and sorted so the output is deterministic.
package main

import "fmt"

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func wordCount(text string) map[string]int {
	counts := map[string]int{}
	word := ""
	for _, r := range text + " " {
		if r == ' ' {
			if word != "" {
				counts[word]++
			}
			word = ""
			continue
		}
		word += string(r)
	}
	return counts
}

func main() {
	wc := wordCount("the cat and the hat and the bat")
	for _, k := range sortedKeys(wc) {
		fmt.Println(k, wc[k])
	}
	total := 0
	for _, v := range wc {
		total += v
	}
	fmt.Println("total", total)
	for k, v := range wc {
		if v == 1 {
			delete(wc, k)
		}
	}
	fmt.Println(sortedKeys(wc), len(wc))
	squares := map[int]int{}
	for i := 0; i < 5; i++ {
		squares[i] = i * i
	}
	sum := 0
	for k, v := range squares {
		sum += k + v
	}
	fmt.Println(sum)
}
