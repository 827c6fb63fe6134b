package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for concurrent
// use by multiple goroutines.
type Replacer struct {
	old, new []string
	// first[c] lists the indexes of the pairs whose old string starts with byte c,
	// in argument order; empty old strings are in emptyIdx.
	first    [256][]int
	emptyIdx int // index of the first empty old string, or -1
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches, and old strings are compared in argument order
// (at a position the first matching old string wins). NewReplacer panics if
// given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{emptyIdx: -1}
	for i := 0; i < len(oldnew); i += 2 {
		k := len(r.old)
		r.old = append(r.old, oldnew[i])
		r.new = append(r.new, oldnew[i+1])
		if oldnew[i] == "" {
			if r.emptyIdx < 0 {
				r.emptyIdx = k
			}
			continue
		}
		c := oldnew[i][0]
		r.first[c] = append(r.first[c], k)
	}
	return r
}

// match returns the index of the highest-priority pair matching at the start of
// s (-1 if none); the empty old string is not considered when noEmpty.
func (r *Replacer) match(s string, noEmpty bool) int {
	best := -1
	if len(s) > 0 {
		for _, k := range r.first[s[0]] {
			if HasPrefix(s, r.old[k]) {
				best = k
				break
			}
		}
	}
	if !noEmpty && r.emptyIdx >= 0 && (best < 0 || r.emptyIdx < best) {
		best = r.emptyIdx
	}
	return best
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	if !r.changes(s) {
		return s
	}
	var b Builder
	r.replace(&b, s)
	return b.String()
}

// changes reports whether replacing in s would do anything.
func (r *Replacer) changes(s string) bool {
	for i := 0; i <= len(s); i++ {
		if r.match(s[i:], false) >= 0 {
			return true
		}
	}
	return false
}

func (r *Replacer) replace(w *Builder, s string) {
	last := 0
	prevEmpty := false // an empty old string matched at i: not again at i
	for i := 0; i <= len(s); {
		k := r.match(s[i:], prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		prevEmpty = r.old[k] == ""
		w.WriteString(s[last:i])
		w.WriteString(r.new[k])
		i += len(r.old[k])
		last = i
	}
	if last < len(s) {
		w.WriteString(s[last:])
	}
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
