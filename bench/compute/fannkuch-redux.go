// fannkuch-redux: for every permutation of 1..N (in the order produced by
// rotating prefixes, see nextPermutation), repeatedly reverses the first k
// elements, where k is the first element, until the first element is 1, and
// counts the reversals ("flips"). Prints a checksum (flip counts added for
// permutations with an even index, subtracted for odd ones) and the largest
// flip count.
//
// Usage: fannkuch-redux [N]   (default 7)
package main

import (
	"fmt"
	"os"
	"strconv"
)

// countFlips returns how many prefix reversals bring 0 to the front of perm
// (values are 0-based here: a first element k reverses the first k+1 entries).
// work is scratch space of the same length.
func countFlips(perm, work []int) int {
	first := perm[0]
	if first == 0 {
		return 0
	}
	for i := 0; i < len(perm); i++ {
		work[i] = perm[i]
	}
	flips := 0
	for first != 0 {
		lo, hi := 0, first
		for lo < hi {
			work[lo], work[hi] = work[hi], work[lo]
			lo++
			hi--
		}
		flips++
		first = work[0]
	}
	return flips
}

// rotate moves perm[0] to position r, shifting perm[1..r] one place left.
func rotate(perm []int, r int) {
	p0 := perm[0]
	for i := 0; i < r; i++ {
		perm[i] = perm[i+1]
	}
	perm[r] = p0
}

func main() {
	n := 7
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 || v > 16 {
			panic("usage: fannkuch-redux [N], 1 <= N <= 16")
		}
		n = v
	}
	perm := make([]int, n)
	work := make([]int, n)
	// count[r] says how many more rotations of the prefix perm[0..r] are due
	// before the next longer prefix rotates.
	count := make([]int, n)
	for i := 0; i < n; i++ {
		perm[i] = i
	}
	checksum, maxFlips := 0, 0
	index := 0
	r := n
	for {
		for ; r > 1; r-- {
			count[r-1] = r
		}
		flips := countFlips(perm, work)
		if flips > maxFlips {
			maxFlips = flips
		}
		if index%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		index++
		// Next permutation: rotate the shortest prefix that still has rotations
		// left; prefixes that completed a full turn reset and pass the carry on.
		for {
			if r == n {
				fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
				return
			}
			rotate(perm, r)
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
	}
}
