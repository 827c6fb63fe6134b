package compare

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"testing"

	msort "mstd/sort"
)

// rec is a sort element: a key with many duplicates and its original position, so
// that the final order of equal keys is visible.
type rec struct {
	key int
	id  int
}

type recs []rec

func (x recs) Len() int           { return len(x) }
func (x recs) Less(i, j int) bool { return x[i].key < x[j].key }
func (x recs) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// op is one call an implementation made on a logged Interface.
type op struct {
	swap bool
	i, j int
}

// logged records every Less and Swap call; its Less answers from the keys, or
// pseudo-randomly (a fixed sequence, so that two implementations making the same
// calls get the same answers) to exercise every path, heapsort included.
type logged struct {
	data   recs
	ops    []op
	random *rand.Rand
	pTrue  float64 // the probability of a random Less answering true
}

func (l *logged) Len() int { return len(l.data) }
func (l *logged) Less(i, j int) bool {
	l.ops = append(l.ops, op{false, i, j})
	if l.random != nil {
		return l.random.Float64() < l.pTrue
	}
	return l.data[i].key < l.data[j].key
}
func (l *logged) Swap(i, j int) {
	l.ops = append(l.ops, op{true, i, j})
	l.data[i], l.data[j] = l.data[j], l.data[i]
}

func sameRecs(a, b recs) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameOps(a, b []op) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// firstDiff describes where two element sequences part, for failure messages.
func firstDiff(a, b recs) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return fmt.Sprintf("at %d: go %v, minigo %v", i, a[i], b[i])
		}
	}
	return fmt.Sprintf("lengths go %d, minigo %d", len(a), len(b))
}

// shapes of input that take pdqsort down its different paths.
var shapeNames = []string{"random", "sorted", "reversed", "nearly sorted", "nearly reversed",
	"all equal", "two keys", "sawtooth", "organ pipe", "runs", "push front", "push back", "descending few keys"}

func genRecs(r *rand.Rand, shape, n int) recs {
	x := make(recs, n)
	keys := 1 + r.Intn(n+1)
	if r.Intn(3) == 0 {
		keys = 1 + r.Intn(8) // many duplicates
	}
	for i := range x {
		var k int
		switch shape {
		case 0:
			k = r.Intn(keys)
		case 1, 3:
			k = i * keys / (n + 1)
		case 2, 4:
			k = (n - i) * keys / (n + 1)
		case 5:
			k = 7
		case 6:
			k = r.Intn(2)
		case 7:
			k = i % (1 + keys%50)
		case 8:
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case 9:
			k = (i / (1 + r.Intn(30))) % keys
		case 10:
			k = i + 1
			if i == n-1 {
				k = 0
			}
		case 11:
			k = i
			if i == 0 {
				k = n
			}
		case 12:
			k = (n - i) / (1 + n/5)
		}
		x[i] = rec{k, i}
	}
	if shape == 3 || shape == 4 {
		for s := r.Intn(6); s > 0 && n > 1; s-- {
			i, j := r.Intn(n), r.Intn(n)
			x[i].key, x[j].key = x[j].key, x[i].key
		}
	}
	return x
}

func randLen(r *rand.Rand) int {
	switch r.Intn(4) {
	case 0:
		return r.Intn(14) // insertion sort only
	case 1:
		return r.Intn(60)
	case 2:
		return r.Intn(400)
	}
	return r.Intn(3000)
}

func TestSortOrder(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	for it := 0; it < n(6000); it++ {
		shape := it % len(shapeNames)
		x := genRecs(r, shape, randLen(r))
		what := fmt.Sprintf("%s n=%d", shapeNames[shape], len(x))

		a, b := append(recs(nil), x...), append(recs(nil), x...)
		sort.Sort(a)
		msort.Sort(b)
		c.check(sameRecs(a, b), "Sort %s: %s", what, firstDiff(a, b))
		c.check(msort.IsSorted(b), "IsSorted after Sort %s", what)

		a, b = append(recs(nil), x...), append(recs(nil), x...)
		sort.Stable(a)
		msort.Stable(b)
		c.check(sameRecs(a, b), "Stable %s: %s", what, firstDiff(a, b))
		stableOK := true
		for i := 1; i < len(b); i++ {
			if b[i-1].key > b[i].key || b[i-1].key == b[i].key && b[i-1].id > b[i].id {
				stableOK = false
			}
		}
		c.check(stableOK, "Stable %s: not stably sorted", what)

		a, b = append(recs(nil), x...), append(recs(nil), x...)
		sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
		msort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		c.check(sameRecs(a, b), "Slice %s: %s", what, firstDiff(a, b))
		c.check(msort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key }), "SliceIsSorted after Slice %s", what)

		a, b = append(recs(nil), x...), append(recs(nil), x...)
		sort.SliceStable(a, func(i, j int) bool { return a[i].key < a[j].key })
		msort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
		c.check(sameRecs(a, b), "SliceStable %s: %s", what, firstDiff(a, b))

		a, b = append(recs(nil), x...), append(recs(nil), x...)
		sort.Sort(sort.Reverse(a))
		msort.Sort(msort.Reverse(b))
		c.check(sameRecs(a, b), "Sort(Reverse) %s: %s", what, firstDiff(a, b))
		c.check(msort.IsSorted(msort.Reverse(b)) && (len(b) < 2 || b[0].key == b[len(b)-1].key || !msort.IsSorted(b)),
			"IsSorted(Reverse) %s", what)

		a, b = append(recs(nil), x...), append(recs(nil), x...)
		sort.Stable(sort.Reverse(a))
		msort.Stable(msort.Reverse(b))
		c.check(sameRecs(a, b), "Stable(Reverse) %s: %s", what, firstDiff(a, b))

		// IsSorted and SliceIsSorted on the unsorted input.
		c.check(sort.IsSorted(x) == msort.IsSorted(x), "IsSorted %s", what)
		c.check(sort.SliceIsSorted(x, func(i, j int) bool { return x[i].key < x[j].key }) ==
			msort.SliceIsSorted(x, func(i, j int) bool { return x[i].key < x[j].key }), "SliceIsSorted %s", what)
	}
}

// TestSortCalls compares the exact sequence of Less and Swap calls, with consistent
// and with pseudo-random answers to Less.
func TestSortCalls(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	for it := 0; it < n(3000); it++ {
		shape := it % len(shapeNames)
		x := genRecs(r, shape, randLen(r))
		seed := r.Int63()
		// A random Less answering mostly false or mostly true makes most partitions
		// unbalanced, which takes pdqsort to its heapsort fallback.
		randomLess := it%3 == 0
		pTrue := []float64{0.5, 0.03, 0.97, 0.2}[it/3%4]
		what := fmt.Sprintf("%s n=%d random=%v p=%v", shapeNames[shape], len(x), randomLess, pTrue)
		mk := func() *logged {
			l := &logged{data: append(recs(nil), x...), pTrue: pTrue}
			if randomLess {
				l.random = rand.New(rand.NewSource(seed))
			}
			return l
		}
		for _, stable := range []bool{false, true} {
			a, b := mk(), mk()
			if stable {
				sort.Stable(a)
				msort.Stable(b)
			} else {
				sort.Sort(a)
				msort.Sort(b)
			}
			c.check(sameOps(a.ops, b.ops) && sameRecs(a.data, b.data), "calls of Sort (stable=%v) %s: %d vs %d calls", stable, what, len(a.ops), len(b.ops))
		}
		// Slice and SliceStable with logged less calls.
		for _, stable := range []bool{false, true} {
			a, b := mk(), mk()
			lessA := func(i, j int) bool { return a.Less(i, j) }
			lessB := func(i, j int) bool { return b.Less(i, j) }
			if stable {
				sort.SliceStable(a.data, lessA)
				msort.SliceStable(b.data, lessB)
			} else {
				sort.Slice(a.data, lessA)
				msort.Slice(b.data, lessB)
			}
			c.check(sameOps(a.ops, b.ops) && sameRecs(a.data, b.data), "calls of Slice (stable=%v) %s: %d vs %d calls", stable, what, len(a.ops), len(b.ops))
		}
	}
}

func TestSortConvenience(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	specialFloats := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 1, -1, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for it := 0; it < n(4000); it++ {
		size := randLen(r)
		keys := 1 + r.Intn(size+1)
		ints := make([]int, size)
		strs := make([]string, size)
		floats := make([]float64, size)
		for i := 0; i < size; i++ {
			ints[i] = r.Intn(keys) - keys/2
			if r.Intn(10) == 0 {
				ints[i] = int(r.Uint64())
			}
			strs[i] = pieceString(r, 3)
			if r.Intn(3) == 0 {
				floats[i] = specialFloats[r.Intn(len(specialFloats))]
			} else {
				floats[i] = float64(r.Intn(keys)) / 4
			}
		}

		ai, bi := append([]int(nil), ints...), append([]int(nil), ints...)
		sort.Ints(ai)
		msort.Ints(bi)
		c.check(fmt.Sprint(ai) == fmt.Sprint(bi), "Ints(%v)", ints)
		c.check(msort.IntsAreSorted(bi) && sort.IntsAreSorted(ints) == msort.IntsAreSorted(ints), "IntsAreSorted(%v)", ints)

		as, bs := append([]string(nil), strs...), append([]string(nil), strs...)
		sort.Strings(as)
		msort.Strings(bs)
		c.check(fmt.Sprintf("%q", as) == fmt.Sprintf("%q", bs), "Strings(%q)", strs)
		c.check(msort.StringsAreSorted(bs) && sort.StringsAreSorted(strs) == msort.StringsAreSorted(strs), "StringsAreSorted(%q)", strs)

		// Floats compared by bits: the order of -0 and +0 (equal keys) and of NaNs shows.
		af, bf := append([]float64(nil), floats...), append([]float64(nil), floats...)
		sort.Float64s(af)
		msort.Float64s(bf)
		sameBits := true
		for i := range af {
			if math.Float64bits(af[i]) != math.Float64bits(bf[i]) {
				sameBits = false
			}
		}
		c.check(sameBits, "Float64s(%v) = %v, want %v", floats, bf, af)
		c.check(msort.Float64sAreSorted(bf) && sort.Float64sAreSorted(floats) == msort.Float64sAreSorted(floats), "Float64sAreSorted(%v)", floats)

		// The slice types and their methods.
		ai, bi = append([]int(nil), ints...), append([]int(nil), ints...)
		sort.IntSlice(ai).Sort()
		msort.IntSlice(bi).Sort()
		c.check(fmt.Sprint(ai) == fmt.Sprint(bi), "IntSlice.Sort(%v)", ints)
		as, bs = append([]string(nil), strs...), append([]string(nil), strs...)
		sort.StringSlice(as).Sort()
		msort.StringSlice(bs).Sort()
		c.check(fmt.Sprintf("%q", as) == fmt.Sprintf("%q", bs), "StringSlice.Sort(%q)", strs)
		af, bf = append([]float64(nil), floats...), append([]float64(nil), floats...)
		sort.Float64Slice(af).Sort()
		msort.Float64Slice(bf).Sort()
		c.check(fmt.Sprint(af) == fmt.Sprint(bf), "Float64Slice.Sort(%v)", floats)
		if size > 1 {
			i, j := r.Intn(size), r.Intn(size)
			c.check(sort.IntSlice(ints).Less(i, j) == msort.IntSlice(ints).Less(i, j), "IntSlice.Less")
			c.check(sort.StringSlice(strs).Less(i, j) == msort.StringSlice(strs).Less(i, j), "StringSlice.Less")
			c.check(sort.Float64Slice(floats).Less(i, j) == msort.Float64Slice(floats).Less(i, j), "Float64Slice.Less(%v, %v)", floats[i], floats[j])
			c.check(sort.Float64Slice(floats).Len() == msort.Float64Slice(floats).Len(), "Float64Slice.Len")
		}

		// Searches in the sorted slices, for present and absent values.
		for k := 0; k < 5; k++ {
			xi := r.Intn(keys+2) - keys/2 - 1
			c.check(sort.SearchInts(ai, xi) == msort.SearchInts(ai, xi), "SearchInts(%v, %d)", ai, xi)
			c.check(sort.IntSlice(ai).Search(xi) == msort.IntSlice(ai).Search(xi), "IntSlice.Search(%v, %d)", ai, xi)
			xs := pieceString(r, 3)
			c.check(sort.SearchStrings(as, xs) == msort.SearchStrings(as, xs), "SearchStrings(%q, %q)", as, xs)
			c.check(sort.StringSlice(as).Search(xs) == msort.StringSlice(as).Search(xs), "StringSlice.Search")
			xf := float64(r.Intn(keys+2)-1) / 4
			if r.Intn(5) == 0 {
				xf = specialFloats[r.Intn(len(specialFloats))]
			}
			c.check(sort.SearchFloat64s(af, xf) == msort.SearchFloat64s(af, xf), "SearchFloat64s(%v, %v)", af, xf)
			c.check(sort.Float64Slice(af).Search(xf) == msort.Float64Slice(af).Search(xf), "Float64Slice.Search")
			nn := r.Intn(size + 3)
			lim := r.Intn(nn + 3)
			var ca, cb []int
			ra := sort.Search(nn, func(i int) bool { ca = append(ca, i); return i >= lim })
			rb := msort.Search(nn, func(i int) bool { cb = append(cb, i); return i >= lim })
			c.check(ra == rb && fmt.Sprint(ca) == fmt.Sprint(cb), "Search(%d, >= %d)", nn, lim)
			ca, cb = nil, nil
			fa, oka := sort.Find(nn, func(i int) int { ca = append(ca, i); return lim - i })
			fb, okb := msort.Find(nn, func(i int) int { cb = append(cb, i); return lim - i })
			c.check(fa == fb && oka == okb && fmt.Sprint(ca) == fmt.Sprint(cb), "Find(%d, %d)", nn, lim)
		}
	}
}

// panicText runs f and returns what it panicked with, as text ("" if it did not).
func panicText(f func()) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint(r)
			if _, ok := r.(error); ok {
				s = "error: " + s
			}
		}
	}()
	f()
	return ""
}

func TestSortSlicePanics(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	less := func(i, j int) bool { return false }
	var nilSlice []string
	var nilMap map[int]int
	values := []any{nil, 5, "abc", [3]int{3, 1, 2}, map[int]int{1: 2}, nilMap, &[]int{1}, 1.5, struct{}{},
		[]int{}, nilSlice, []int{3, 1, 2}, make(chan int), func() {}, true, uint8(3)}
	for _, v := range values {
		c.check(panicText(func() { sort.Slice(v, less) }) == panicText(func() { msort.Slice(v, less) }),
			"Slice(%T): go %q, minigo %q", v, panicText(func() { sort.Slice(v, less) }), panicText(func() { msort.Slice(v, less) }))
		c.check(panicText(func() { sort.SliceStable(v, less) }) == panicText(func() { msort.SliceStable(v, less) }),
			"SliceStable(%T): go %q, minigo %q", v, panicText(func() { sort.SliceStable(v, less) }), panicText(func() { msort.SliceStable(v, less) }))
		var ga, gb bool
		pa := panicText(func() { ga = sort.SliceIsSorted(v, less) })
		pb := panicText(func() { gb = msort.SliceIsSorted(v, less) })
		c.check(pa == pb && ga == gb, "SliceIsSorted(%T): go %q %v, minigo %q %v", v, pa, ga, pb, gb)
	}
	// Slices of other element types.
	r := newRand()
	for it := 0; it < n(500); it++ {
		size := randLen(r)
		bs := make([]byte, size)
		ss := make([]struct {
			k int8
			s string
			f [3]float32
		}, size)
		ps := make([]*rec, size)
		for i := range bs {
			bs[i] = byte(r.Intn(20))
			ss[i].k = int8(r.Intn(10))
			ss[i].s = fmt.Sprint(i)
			ps[i] = &rec{r.Intn(10), i}
		}
		b1, b2 := append([]byte(nil), bs...), append([]byte(nil), bs...)
		sort.Slice(b1, func(i, j int) bool { return b1[i] < b1[j] })
		msort.Slice(b2, func(i, j int) bool { return b2[i] < b2[j] })
		c.check(string(b1) == string(b2), "Slice([]byte)")
		s1 := append(ss[:0:0], ss...)
		s2 := append(ss[:0:0], ss...)
		sort.Slice(s1, func(i, j int) bool { return s1[i].k < s1[j].k })
		msort.Slice(s2, func(i, j int) bool { return s2[i].k < s2[j].k })
		c.check(fmt.Sprint(s1) == fmt.Sprint(s2), "Slice([]struct)")
		p1, p2 := append([]*rec(nil), ps...), append([]*rec(nil), ps...)
		sort.SliceStable(p1, func(i, j int) bool { return p1[i].key < p1[j].key })
		msort.SliceStable(p2, func(i, j int) bool { return p2[i].key < p2[j].key })
		same := true
		for i := range p1 {
			same = same && p1[i] == p2[i]
		}
		c.check(same, "SliceStable([]*rec)")
	}
}
