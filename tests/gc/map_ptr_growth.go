// Checks map[int]*T growing to 10^5 entries with insertions, deletions and value replacement while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type rec struct {
	key     int
	version int
	name    string
	hist    []int
	link    *rec
}

var seed uint64 = 0x1234567887654321

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func newRec(key, version int) *rec {
	r := &rec{key: key, version: version, name: strconv.Itoa(key) + ":" + strconv.Itoa(version)}
	r.hist = make([]int, 2+key%7)
	for i := range r.hist {
		r.hist[i] = key ^ (version + i)
	}
	r.link = &rec{key: -key, version: version}
	return r
}

// verify checks every entry and returns order-independent sums.
func verify(m map[int]*rec, present []bool, versions []int) (int, uint64) {
	n := 0
	var sum uint64
	for k, r := range m {
		if !present[k] || r.key != k || r.version != versions[k] ||
			r.name != strconv.Itoa(k)+":"+strconv.Itoa(r.version) ||
			len(r.hist) != 2+k%7 || r.link.key != -k || r.link.version != r.version {
			fmt.Println("FAIL entry", k)
			os.Exit(1)
		}
		for i, h := range r.hist {
			if h != k^(r.version+i) {
				fmt.Println("FAIL hist", k, i)
				os.Exit(1)
			}
		}
		n++
		sum += uint64(k)*2654435761 + uint64(r.version)*40503
	}
	for k, p := range present {
		if p && m[k] == nil {
			fmt.Println("FAIL missing", k)
			os.Exit(1)
		}
	}
	return n, sum
}

const keys = 150000

func main() {
	present := make([]bool, keys)
	versions := make([]int, keys)
	for round := 1; round <= 3; round++ {
		// A fresh map each round: the previous one becomes garbage.
		m := make(map[int]*rec)
		for i := range present {
			present[i] = false
		}
		for len(m) < 100000 {
			k := int(rnd() % keys)
			versions[k]++
			m[k] = newRec(k, versions[k])
			present[k] = true
		}
		n, sum := verify(m, present, versions)
		fmt.Println("round", round, "grown", n, sum)
		for op := 0; op < 250000; op++ {
			k := int(rnd() % keys)
			switch rnd() % 3 {
			case 0:
				delete(m, k)
				present[k] = false
			case 1:
				versions[k]++
				m[k] = newRec(k, versions[k])
				present[k] = true
			default:
				if r, ok := m[k]; ok {
					// Replace the value's pointer fields in place.
					versions[k]++
					r.version = versions[k]
					r.name = strconv.Itoa(k) + ":" + strconv.Itoa(r.version)
					r.hist = make([]int, 2+k%7)
					for i := range r.hist {
						r.hist[i] = k ^ (r.version + i)
					}
					r.link = &rec{key: -k, version: r.version}
				}
			}
		}
		n, sum = verify(m, present, versions)
		fmt.Println("round", round, "mutated", n, sum)
		// Shrink to a small map by deleting most keys, then regrow.
		for k := range present {
			if present[k] && k%10 != 0 {
				delete(m, k)
				present[k] = false
			}
		}
		n, sum = verify(m, present, versions)
		fmt.Println("round", round, "shrunk", n, sum)
		for i := 0; i < 100000; i++ {
			k := int(rnd() % keys)
			versions[k]++
			m[k] = newRec(k, versions[k])
			present[k] = true
		}
		n, sum = verify(m, present, versions)
		fmt.Println("round", round, "regrown", n, sum)
	}
}
