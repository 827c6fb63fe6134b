package sort

import "math/bits"

// The unstable sort: pattern-defeating quicksort (pdqsort, Orson Peters,
// https://arxiv.org/pdf/2106.05123.pdf) without BlockQuicksort's partitioning, as
// Go 1.19 implements it. Every step below (the pivot rule, the cut-over to
// insertion sort, the pseudo-random swaps that break patterns, the heapsort
// fallback) makes the Less and Swap calls Go 1.19's makes, in the same order;
// equal elements therefore end where Go leaves them.

// insertionMax is the length up to which a range is insertion sorted.
const insertionMax = 12

// Pivot trends: what the comparisons made while choosing a pivot suggest.
const (
	trendUnknown = iota
	trendAscending
	trendDescending
)

// insertionSort sorts data[lo:hi] by insertion.
func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// pdqsort sorts data[lo:hi]; badLeft is how many badly unbalanced partitions
// are still tolerated before the range is heapsorted instead.
func pdqsort(data Interface, lo, hi, badLeft int) {
	balanced := true    // the previous partition was not badly unbalanced
	partitioned := true // the previous partition moved nothing

	for {
		n := hi - lo
		if n <= insertionMax {
			insertionSort(data, lo, hi)
			return
		}
		if badLeft == 0 {
			heapSort(data, lo, hi)
			return
		}
		if !balanced {
			breakPatterns(data, lo, hi)
			badLeft--
		}

		pivot, trend := choosePivot(data, lo, hi)
		if trend == trendDescending {
			// Probably descending: reverse it and follow the pivot to its new place.
			reverseRange(data, lo, hi)
			pivot = hi - 1 - (pivot - lo)
			trend = trendAscending
		}

		// Probably sorted already: a few insertion steps may finish the job.
		if balanced && partitioned && trend == trendAscending && partialInsertionSort(data, lo, hi) {
			return
		}

		// data[lo-1] is the pivot of an enclosing partition, no greater than anything
		// here. If it is not less than this pivot either, the range starts with a run
		// of elements equal to it: split those off and go on with the rest.
		if lo > 0 && !data.Less(lo-1, pivot) {
			lo = partitionEqual(data, lo, hi, pivot)
			continue
		}

		mid, unmoved := partition(data, lo, hi, pivot)
		partitioned = unmoved

		// Recurse into the shorter side, loop on the longer one.
		left, right := mid-lo, hi-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, lo, mid, badLeft)
			lo = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, hi, badLeft)
			hi = mid
		}
	}
}

// partition moves the pivot data[pivot] to data[lo], then arranges data[lo+1:hi]
// so that the elements less than it come first, and puts the pivot between the
// two groups. It returns the pivot's final index, and whether no element other
// than the pivot had to move.
func partition(data Interface, lo, hi, pivot int) (mid int, unmoved bool) {
	data.Swap(lo, pivot)
	i, j := lo+1, hi-1 // data[i..j] is not yet classified
	unmoved = true
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && !data.Less(j, lo) {
			j--
		}
		if i > j {
			break
		}
		unmoved = false
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, lo)
	return j, unmoved
}

// partitionEqual moves the pivot data[pivot] to data[lo] and arranges data[lo+1:hi],
// which holds nothing less than the pivot, into the elements equal to it followed
// by the greater ones. It returns the index of the first greater element.
func partitionEqual(data Interface, lo, hi, pivot int) int {
	data.Swap(lo, pivot)
	i, j := lo+1, hi-1
	for {
		for i <= j && !data.Less(lo, i) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to five out-of-order neighbours in data[lo:hi]
// (only when the range is long enough to be worth it) and reports whether the
// range ended up sorted.
func partialInsertionSort(data Interface, lo, hi int) bool {
	const (
		maxFixes    = 5
		minShifting = 50
	)
	i := lo + 1
	for fix := 0; fix < maxFixes; fix++ {
		for i < hi && !data.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < minShifting {
			return false
		}
		data.Swap(i, i-1)

		// Move the smaller element of the pair down. (Go's loop runs down to
		// index 1, not to lo; kept so that the comparisons are the same.)
		if i-lo >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		// Move the greater element of the pair up.
		if hi-i >= 2 {
			for k := i + 1; k < hi && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle of data[lo:hi] with
// pseudo-randomly chosen ones. The generator (xorshift, seeded with the length) is
// deterministic, so the result is the same on every run and the same as Go's.
func breakPatterns(data Interface, lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bits.Len(uint(n))) - 1
	middle := lo + n/4*2
	for idx := middle - 1; idx <= middle+1; idx++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, lo+other)
	}
}

// choosePivot picks a pivot index in data[lo:hi]: the element at a quarter of a
// short range, the median of three elements at a quarter, half and three
// quarters from 8 elements on, and the median of the medians of those three
// elements' neighbourhoods (Tukey's ninther) from 50 on. The trend tells whether
// all the comparisons found their elements in order, or all in reverse order.
func choosePivot(data Interface, lo, hi int) (pivot int, trend int) {
	const (
		nintherMin = 50
		allSwapped = 4 * 3 // comparisons made for a ninther
	)
	n := hi - lo
	q := n / 4
	i, j, k := lo+q, lo+2*q, lo+3*q
	swaps := 0
	if n >= 8 {
		if n >= nintherMin {
			var s int
			i, s = median(data, i-1, i, i+1)
			swaps += s
			j, s = median(data, j-1, j, j+1)
			swaps += s
			k, s = median(data, k-1, k, k+1)
			swaps += s
		}
		var s int
		j, s = median(data, i, j, k)
		swaps += s
	}
	switch swaps {
	case 0:
		return j, trendAscending
	case allSwapped:
		return j, trendDescending
	}
	return j, trendUnknown
}

// median returns the index among a, b and c of the median of their elements, by
// three ordering steps, and how many of those steps found a pair out of order.
func median(data Interface, a, b, c int) (m int, swaps int) {
	if data.Less(b, a) {
		a, b = b, a
		swaps++
	}
	if data.Less(c, b) {
		b, c = c, b
		swaps++
	}
	if data.Less(b, a) {
		a, b = b, a
		swaps++
	}
	return b, swaps
}

// reverseRange reverses data[lo:hi].
func reverseRange(data Interface, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// heapSort sorts data[lo:hi] with a max-heap rooted at data[lo].
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for root := (n - 1) / 2; root >= 0; root-- {
		siftDown(data, lo, root, n)
	}
	for last := n - 1; last >= 0; last-- {
		data.Swap(lo, lo+last)
		siftDown(data, lo, 0, last)
	}
}

// siftDown restores the heap property below root in the heap of the n elements
// starting at data[base] (node k is data[base+k], its children 2k+1 and 2k+2).
func siftDown(data Interface, base, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(base+child, base+child+1) {
			child++
		}
		if !data.Less(base+root, base+child) {
			return
		}
		data.Swap(base+root, base+child)
		root = child
	}
}
