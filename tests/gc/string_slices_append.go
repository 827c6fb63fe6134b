// Checks long-lived slices of strings built by concatenation and strconv and reallocated by append while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fnv(s string, h uint64) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// word is the string stored at index i in generation g.
func word(i, g int) string {
	s := "w" + strconv.Itoa(i)
	if g > 0 {
		s += "_g" + strconv.Itoa(g)
	}
	if i%3 == 0 {
		s = s + "-" + strconv.FormatInt(int64(i)*int64(g+1), 36)
	}
	return s
}

// parse recovers i and g from a word (the inverse of word).
func parse(s string) (int, int, bool) {
	if len(s) < 2 || s[0] != 'w' {
		return 0, 0, false
	}
	j := 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	i, err := strconv.Atoi(s[1:j])
	if err != nil {
		return 0, 0, false
	}
	g := 0
	if j+2 < len(s) && s[j] == '_' && s[j+1] == 'g' {
		k := j + 2
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		g, err = strconv.Atoi(s[j+2 : k])
		if err != nil {
			return 0, 0, false
		}
	}
	return i, g, word(i, g) == s
}

type table struct {
	name  string
	words []string
	gens  []int
}

func (t *table) verify() (int, uint64) {
	if len(t.words) != len(t.gens) {
		fmt.Println("FAIL lengths", t.name)
		os.Exit(1)
	}
	h := fnv(t.name, 14695981039346656037)
	total := 0
	for idx, s := range t.words {
		i, g, ok := parse(s)
		if !ok || i != idx || g != t.gens[idx] {
			fmt.Println("FAIL word", t.name, idx, s)
			os.Exit(1)
		}
		h = fnv(s, h)
		total += len(s)
	}
	return total, h
}

var seed uint64 = 0xA0761D6478BD642F

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	tables := make([]*table, 4)
	for t := range tables {
		tables[t] = &table{name: "table" + strconv.Itoa(t)}
	}
	for round := 1; round <= 10; round++ {
		for ti, t := range tables {
			// Grow by append, one element at a time (reallocations included).
			target := 20000 + (round*7919+ti*104729)%40000
			for len(t.words) < target {
				i := len(t.words)
				t.words = append(t.words, word(i, 0))
				t.gens = append(t.gens, 0)
			}
			// Rewrite random elements with new concatenations.
			for k := 0; k < 30000; k++ {
				i := int(rnd() % uint64(len(t.words)))
				t.gens[i]++
				t.words[i] = word(i, t.gens[i])
			}
			// Shrink: copy a prefix into a brand-new slice, dropping the old
			// backing arrays.
			keep := len(t.words) * (1 + int(rnd()%3)) / 4
			w := make([]string, keep, keep+16)
			copy(w, t.words)
			g := append([]int(nil), t.gens[:keep]...)
			t.words, t.gens = w, g
			// Garbage strings, some long.
			junk := ""
			for k := 0; k < 4000; k++ {
				junk = strconv.Itoa(k) + junk[len(junk)/2:] + "|" + word(k, round)
			}
			if len(junk) == 0 {
				fmt.Println("FAIL junk")
			}
		}
		for _, t := range tables {
			total, h := t.verify()
			fmt.Println("round", round, t.name, len(t.words), total, h)
		}
	}
}
