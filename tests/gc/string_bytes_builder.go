// Checks string and []byte conversions and strings.Builder growth, with long-lived results kept while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

var seed uint64 = 0x3C6EF372FE94F82B

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func fnv(s string, h uint64) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// text builds the string for (id, gen) with a strings.Builder that grows
// from empty, so it reallocates several times.
func text(id, gen int) string {
	var b strings.Builder
	n := 4 + (id*13+gen)%200
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(id + i))
		b.WriteByte(',')
		if i%7 == 0 {
			b.WriteRune('é')
		}
	}
	b.WriteString(strconv.Itoa(gen))
	return b.String()
}

// transform goes through []byte and []rune and back, changing case and
// reversing; untransform is its inverse.
func transform(s string) []byte {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	b := []byte(string(r))
	for i := range b {
		if b[i] >= '0' && b[i] <= '9' {
			b[i] = b[i] - '0' + 'a'
		}
	}
	return b
}

func untransform(b []byte) string {
	c := make([]byte, len(b))
	copy(c, b)
	for i := range c {
		if c[i] >= 'a' && c[i] <= 'j' {
			c[i] = c[i] - 'a' + '0'
		}
	}
	r := []rune(string(c))
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

type entry struct {
	id, gen int
	s       string
	b       []byte
	sub     string // a substring of s: shares its bytes
}

const n = 4000

func main() {
	entries := make([]*entry, n)
	set := func(i, gen int) {
		s := text(i, gen)
		entries[i] = &entry{id: i, gen: gen, s: s, b: transform(s), sub: s[len(s)/3 : len(s)/2]}
	}
	for i := range entries {
		set(i, 0)
	}
	var big strings.Builder
	for round := 1; round <= 8; round++ {
		for op := 0; op < 8000; op++ {
			i := int(rnd() % n)
			e := entries[i]
			switch rnd() % 4 {
			case 0:
				set(i, e.gen+1)
			case 1:
				// Keep only the substring alive for a while: s is re-derived
				// from b.
				e.s = ""
				e.s = untransform(e.b)
			case 2:
				// Replace b by a copy produced through string conversions.
				e.b = []byte(string(e.b) + "")
			default:
				// Garbage: conversions of the whole text.
				x := strings.ToUpper(string(e.b))
				y := []byte(x)
				if len(y) != len(e.b) {
					fmt.Println("FAIL upper", i)
					os.Exit(1)
				}
			}
			// A Builder grown to a few hundred KB, then dropped.
			big.WriteString(e.sub)
			if big.Len() > 1<<18 {
				if !strings.Contains(big.String(), e.sub) {
					fmt.Println("FAIL builder")
					os.Exit(1)
				}
				big.Reset()
			}
		}
		var h uint64 = 14695981039346656037
		total := 0
		for i, e := range entries {
			s := text(i, e.gen)
			if e.id != i || e.s != s || untransform(e.b) != s || e.sub != s[len(s)/3:len(s)/2] {
				fmt.Println("FAIL entry", i)
				os.Exit(1)
			}
			h = fnv(e.s, h)
			h = fnv(string(e.b), h)
			total += len(e.s) + len(e.b)
		}
		fmt.Println("round", round, "bytes", total, "hash", h)
	}
}
