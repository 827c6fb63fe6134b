package fmt

import "internal/rtype"

// sortEntries sorts a map's keys (and their values alongside) in the order Go's
// fmt prints maps (internal/fmtsort): numbers, strings and booleans (false first)
// by value, NaN before other floats, pointers and channels by address, structs and
// arrays element by element, interface values with nil first, then by dynamic
// type, then by value. The sort is stable.
//
// One difference with Go: interface values of different dynamic types are ordered
// by the names of their types; Go orders them by the addresses of its type
// descriptors, which no other program can reproduce.
func sortEntries(keys, values []any) {
	// Insertion sort into a merge sort: stable, and the comparison is cheap to call.
	n := len(keys)
	if n < 2 {
		return
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	tmp := make([]int, n)
	mergeSort(idx, tmp, keys)
	k2 := make([]any, n)
	v2 := make([]any, n)
	for i, j := range idx {
		k2[i], v2[i] = keys[j], values[j]
	}
	copy(keys, k2)
	copy(values, v2)
}

func mergeSort(idx, tmp []int, keys []any) {
	n := len(idx)
	if n <= 12 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && compareKeys(keys[idx[j]], keys[idx[j-1]]) < 0; j-- {
				idx[j], idx[j-1] = idx[j-1], idx[j]
			}
		}
		return
	}
	m := n / 2
	mergeSort(idx[:m], tmp[:m], keys)
	mergeSort(idx[m:], tmp[m:], keys)
	copy(tmp, idx)
	i, j, k := 0, m, 0
	for i < m && j < n {
		// Take from the right half only when strictly smaller: stable.
		if compareKeys(keys[tmp[j]], keys[tmp[i]]) < 0 {
			idx[k] = tmp[j]
			j++
		} else {
			idx[k] = tmp[i]
			i++
		}
		k++
	}
	for ; i < m; i++ {
		idx[k] = tmp[i]
		k++
	}
	for ; j < n; j++ {
		idx[k] = tmp[j]
		k++
	}
}

func cmpInt(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

// compareKeys orders two map keys (nil stands for a nil interface value).
func compareKeys(a, b any) int {
	if a == nil || b == nil {
		return cmpInt(a == nil && b != nil, a != nil && b == nil)
	}
	if ta, tb := rtype.TypeString(a), rtype.TypeString(b); ta != tb {
		return cmpInt(ta < tb, ta > tb)
	}
	switch rtype.KindOf(a) {
	case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
		x, y := rtype.IntOf(a), rtype.IntOf(b)
		return cmpInt(x < y, x > y)
	case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
		x, y := rtype.UintOf(a), rtype.UintOf(b)
		return cmpInt(x < y, x > y)
	case rtype.String:
		x, y := rtype.StringOf(a), rtype.StringOf(b)
		return cmpInt(x < y, x > y)
	case rtype.Float32, rtype.Float64:
		x, y := rtype.FloatOf(a), rtype.FloatOf(b)
		switch {
		case x != x:
			return -1 // NaN first (and never equal)
		case y != y:
			return 1
		}
		return cmpInt(x < y, x > y)
	case rtype.Bool:
		x, y := rtype.BoolOf(a), rtype.BoolOf(b)
		return cmpInt(!x && y, x && !y)
	case rtype.Pointer, rtype.UnsafePointer, rtype.Chan:
		x, y := rtype.PointerOf(a), rtype.PointerOf(b)
		return cmpInt(x < y, x > y)
	case rtype.Struct:
		for i, n := 0, rtype.NumField(a); i < n; i++ {
			if c := compareKeys(rtype.Field(a, i), rtype.Field(b, i)); c != 0 {
				return c
			}
		}
		return 0
	case rtype.Array:
		for i, n := 0, rtype.Len(a); i < n; i++ {
			if c := compareKeys(rtype.Index(a, i), rtype.Index(b, i)); c != 0 {
				return c
			}
		}
		return 0
	}
	panic("bad type in compare: " + rtype.TypeString(a))
}
