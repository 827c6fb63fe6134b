package sort

// The stable sort, as Go 1.19's: insertion-sorted blocks of 20 elements, then
// rounds of in-place merges of neighbouring blocks (doubling the block size each
// round) with SymMerge (Pok-Son Kim and Arne Kutzner, "Stable Minimum Storage
// Merging by Symmetric Comparisons", ESA 2004) and block-swap rotations. Only
// logarithmic extra space; the Less and Swap calls are Go's, in Go's order.

// stableBlock is the length of the runs insertion sort starts with.
const stableBlock = 20

// stable sorts data[0:n] stably.
func stable(data Interface, n int) {
	lo := 0
	for ; lo+stableBlock <= n; lo += stableBlock {
		insertionSort(data, lo, lo+stableBlock)
	}
	insertionSort(data, lo, n)

	for width := stableBlock; width < n; width *= 2 {
		lo = 0
		for ; lo+2*width <= n; lo += 2 * width {
			symMerge(data, lo, lo+width, lo+2*width)
		}
		if lo+width < n {
			symMerge(data, lo, lo+width, n)
		}
	}
}

// symMerge merges the sorted ranges data[a:m] and data[m:b] in place, stably.
// Both ranges must be non-empty: a < m < b.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// A single element on the left: find the first element of the right range
		// not less than it and bubble it to just before that.
		i := lowerBound(data, m, b, a)
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// A single element on the right: find the first element of the left range
		// greater than it and bubble it down to there.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(m, h) {
				j = h
			} else {
				i = h + 1
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	// Split both ranges symmetrically around the middle of data[a:b]: find the
	// smallest start such that data[start:m] and data[m:end] (end = a+b-start,
	// mirrored around mid) can be exchanged, rotate them, and merge both halves.
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if data.Less(p-c, c) {
			r = c
		} else {
			start = c + 1
		}
	}

	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// lowerBound returns the smallest i in [lo, hi) with !(data[i] < data[x]), or hi.
func lowerBound(data Interface, lo, hi, x int) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if data.Less(h, x) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// rotate exchanges the neighbouring blocks data[a:m] and data[m:b] (both
// non-empty) by swapping equal-length pieces: x u v y becomes x v u y.
func rotate(data Interface, a, m, b int) {
	left, right := m-a, b-m
	for left != right {
		if left > right {
			swapBlocks(data, m-left, m, right)
			left -= right
		} else {
			swapBlocks(data, m-left, m+right-left, left)
			right -= left
		}
	}
	swapBlocks(data, m-left, m, left)
}

// swapBlocks swaps data[a+k] and data[b+k] for k in [0, n).
func swapBlocks(data Interface, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}
