// Checks map[string][]string growing to 10^5 keys with appends, deletions and slice replacement while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

var seed uint64 = 0x0DDC0FFEEBADF00D

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func key(i int) string { return "key/" + strconv.Itoa(i) }

func item(i, j, gen int) string {
	return strconv.Itoa(i) + "." + strconv.Itoa(j) + "@" + strconv.Itoa(gen)
}

func fnv(s string, h uint64) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// verify checks every entry against the model (gens[i] is the generation of
// key i's slice, lens[i] its length, -1 when absent) and returns an
// order-independent checksum.
func verify(m map[string][]string, gens, lens []int) (int, int, uint64) {
	n := 0
	total := 0
	var sum uint64
	for k, v := range m {
		i, err := strconv.Atoi(strings.TrimPrefix(k, "key/"))
		if err != nil || lens[i] != len(v) {
			fmt.Println("FAIL key", k, len(v))
			os.Exit(1)
		}
		h := fnv(k, 14695981039346656037)
		for j, s := range v {
			if s != item(i, j, gens[i]) {
				fmt.Println("FAIL item", k, j, s)
				os.Exit(1)
			}
			h = fnv(s, h)
		}
		n++
		total += len(v)
		sum += h
	}
	for i, l := range lens {
		if _, ok := m[key(i)]; ok != (l >= 0) {
			fmt.Println("FAIL presence", i)
			os.Exit(1)
		}
	}
	return n, total, sum
}

const nkeys = 120000

func main() {
	m := make(map[string][]string)
	gens := make([]int, nkeys)
	lens := make([]int, nkeys)
	for i := range lens {
		lens[i] = -1
	}
	// Growth to 10^5 keys, each with a short slice.
	for i := 0; i < 100000; i++ {
		m[key(i)] = []string{item(i, 0, 0)}
		lens[i] = 1
	}
	n, total, sum := verify(m, gens, lens)
	fmt.Println("grown", n, total, sum)
	for round := 1; round <= 3; round++ {
		for op := 0; op < 120000; op++ {
			i := int(rnd() % nkeys)
			k := key(i)
			switch r := rnd() % 8; {
			case r < 4: // append (reallocates the backing array now and then)
				if lens[i] < 0 {
					lens[i] = 0
				}
				m[k] = append(m[k], item(i, lens[i], gens[i]))
				lens[i]++
			case r < 6: // replace with a fresh slice of a new generation
				gens[i]++
				l := 1 + int(rnd()%6)
				v := make([]string, 0, 1)
				for j := 0; j < l; j++ {
					v = append(v, item(i, j, gens[i]))
				}
				m[k] = v
				lens[i] = l
			case r < 7:
				delete(m, k)
				lens[i] = -1
			default: // truncate in place, keeping the backing array
				if v, ok := m[k]; ok && len(v) > 1 {
					m[k] = v[:len(v)/2]
					lens[i] = len(v) / 2
				}
			}
			// Garbage: a joined string thrown away.
			if op%4 == 0 {
				_ = strings.Join([]string{k, item(op, i, round), strings.Repeat("x", op%4096)}, "|")
			}
		}
		n, total, sum = verify(m, gens, lens)
		fmt.Println("round", round, n, total, sum)
	}
	// Print a few entries in sorted key order.
	var ks []string
	for k, v := range m {
		if len(v) >= 9 {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	if len(ks) > 5 {
		ks = ks[:5]
	}
	for _, k := range ks {
		fmt.Println(k, strings.Join(m[k], ","))
	}
}
