package sort

import (
	"internal/rtype"
	"math/bits"
)

// valueError is what Go's reflect panics with when a Value method is called on a
// value of the wrong kind; Slice and friends panic with the same text.
type valueError struct {
	method string
	kind   rtype.Kind
}

func (e *valueError) Error() string {
	if e.kind == rtype.Invalid {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind.String() + " Value"
}

// lessSwap is what Slice and SliceStable sort with (the _func variants of the
// algorithms, zsortfunc.go): the less function is called directly, not through an
// interface, so that it does not escape.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// swapper panics, as reflect.Swapper does, when x is not a slice; otherwise it
// returns a function swapping two elements of x and its length.
func swapper(x any) (func(i, j int), int) {
	if k := rtype.KindOf(x); k != rtype.Slice {
		panic(&valueError{"Swapper", k})
	}
	return func(i, j int) { rtype.Swap(x, i, j) }, rtype.Len(x)
}

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use SliceStable.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func Slice(x any, less func(i, j int) bool) {
	swap, n := swapper(x)
	pdqsort_func(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func SliceStable(x any, less func(i, j int) bool) {
	swap, n := swapper(x)
	stable_func(lessSwap{less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	// Like Go's, this only needs the length: arrays, strings, maps and channels pass.
	switch k := rtype.KindOf(x); k {
	case rtype.Array, rtype.Chan, rtype.Map, rtype.Slice, rtype.String:
	default:
		panic(&valueError{"reflect.Value.Len", k})
	}
	for i := rtype.Len(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
