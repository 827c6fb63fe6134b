// Package strings implements simple functions to manipulate UTF-8 encoded
// strings, with the behaviour of Go 1.19's package strings. The functions taking a
// unicode.SpecialCase (ToUpperSpecial, ...) are not provided.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns an integer comparing two strings lexicographically. The result
// will be 0 if a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// IndexByte returns the index of the first instance of c in s, or -1 if c is not
// present in s.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is
// not present in s.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of substr in s, or -1 if substr
// is not present in s.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	// Candidates start with substr's first byte; after many false starts, switch
	// to Rabin-Karp, which is linear in the worst case.
	first := substr[0]
	misses := 0
	for i := 0; i+n <= len(s); {
		k := IndexByte(s[i:len(s)-n+1], first)
		if k < 0 {
			return -1
		}
		i += k
		if s[i:i+n] == substr {
			return i
		}
		i++
		misses++
		if misses > 16+i>>3 {
			if j := rabinKarp(s[i:], substr); j >= 0 {
				return i + j
			}
			return -1
		}
	}
	return -1
}

// primeRK is the multiplier of the Rabin-Karp rolling hash.
const primeRK = 16777619

// rabinKarp returns the index of the first instance of substr in s (-1 if none).
func rabinKarp(s, substr string) int {
	n := len(substr)
	if n > len(s) {
		return -1
	}
	var want, pow uint32 = 0, 1
	for i := 0; i < n; i++ {
		want = want*primeRK + uint32(substr[i])
		pow *= primeRK
	}
	var h uint32
	for i := 0; i < n; i++ {
		h = h*primeRK + uint32(s[i])
	}
	for i := 0; ; i++ {
		if h == want && s[i:i+n] == substr {
			return i
		}
		if i+n >= len(s) {
			return -1
		}
		h = h*primeRK + uint32(s[i+n]) - pow*uint32(s[i])
	}
}

// LastIndex returns the index of the last instance of substr in s, or -1 if
// substr is not present in s.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the Unicode code point r,
// or -1 if rune is not present in s. If r is utf8.RuneError, it returns the first
// instance of any invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	k := utf8.EncodeRune(enc[:], r)
	return Index(s, string(enc[:k]))
}

// IndexFunc returns the index into s of the first Unicode code point satisfying
// f(c), or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the index into s of the last Unicode code point satisfying
// f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int { return lastIndexFunc(s, f, true) }

// indexFunc is IndexFunc with the test's outcome chosen by truth.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, c := range s {
		if f(c) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		c, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(c) == truth {
			return i
		}
	}
	return -1
}

// IndexAny returns the index of the first instance of any Unicode code point from
// chars in s, or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last instance of any Unicode code point
// from chars in s, or -1 if no Unicode code point from chars is present in s.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		c, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count counts the number of non-overlapping instances of substr in s. If substr
// is an empty string, Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Cut slices s around the first instance of sep, returning the text before and
// after sep. The found result reports whether sep appears in s. If sep does not
// appear in s, cut returns s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// explode splits s into its UTF-8 sequences, at most n of them (n < 0: all), the
// last one holding the rest. As in Go, a piece that decodes as utf8.RuneError (an
// invalid byte, or U+FFFD itself) is "\uFFFD", except in the last piece.
func explode(s string, n int) []string {
	count := utf8.RuneCountInString(s)
	if n < 0 || n > count {
		n = count
	}
	parts := make([]string, n)
	for i := 0; i < n-1; i++ {
		c, size := utf8.DecodeRuneInString(s)
		parts[i] = s[:size]
		if c == utf8.RuneError {
			parts[i] = "\uFFFD"
		}
		s = s[size:]
	}
	if n > 0 {
		parts[n-1] = s
	}
	return parts
}

// split slices s at each instance of sep (keeping sepKeep bytes of sep at the end
// of each piece), into at most n pieces.
func split(s, sep string, sepKeep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	parts := make([]string, 0, n)
	for len(parts) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[:i+sepKeep])
		s = s[i+len(sep):]
	}
	return append(parts, s)
}

// SplitN slices s into substrings separated by sep and returns a slice of the
// substrings between those separators. n > 0: at most n substrings, the last one
// the unsplit remainder; n == 0: nil; n < 0: all substrings.
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfterN slices s into substrings after each instance of sep and returns a
// slice of those substrings, with SplitN's count n.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Split slices s into all substrings separated by sep and returns a slice of the
// substrings between those separators. If s does not contain sep and sep is not
// empty, Split returns a slice of length 1 whose only element is s. If sep is
// empty, Split splits after each UTF-8 sequence. If both s and sep are empty,
// Split returns an empty slice.
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep and returns
// a slice of those substrings.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

// Fields splits the string s around each instance of one or more consecutive white
// space characters, as defined by unicode.IsSpace, returning a slice of substrings
// of s or an empty slice if s contains only white space.
func Fields(s string) []string {
	// Count the fields first, to allocate the result once.
	n := 0
	inField := false
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		sp := asciiSpace(c)
		if !sp && !inField {
			n++
		}
		inField = !sp
	}
	if !ascii {
		return FieldsFunc(s, unicode.IsSpace)
	}
	fields := make([]string, n)
	k := 0
	start := -1
	for i := 0; i < len(s); i++ {
		if asciiSpace(s[i]) {
			if start >= 0 {
				fields[k] = s[start:i]
				k++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields[k] = s[start:]
	}
	return fields
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// FieldsFunc splits the string s at each run of Unicode code points c satisfying
// f(c) and returns an array of slices of s. If all code points in s satisfy f(c)
// or the string is empty, an empty slice is returned.
func FieldsFunc(s string, f func(rune) bool) []string {
	type span struct{ start, end int }
	var spans []span
	start := -1
	for i, c := range s {
		if f(c) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	fields := make([]string, len(spans))
	for i, sp := range spans {
		fields[i] = s[sp.start:sp.end]
	}
	return fields
}

// Join concatenates the elements of its first argument to create a single string.
// The separator string sep is placed between elements in the resulting string.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns a new string consisting of count copies of the string s. It
// panics if count is negative or if the result of (len(s) * count) overflows.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	} else if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	if len(s) == 0 {
		return ""
	}
	n := len(s) * count
	b := make([]byte, n)
	k := copy(b, s)
	for k < n {
		// Double the filled prefix each time.
		k += copy(b[k:], b[:k])
	}
	return bytesToString(b)
}

// Map returns a copy of the string s with all its characters modified according to
// the mapping function. If mapping returns a negative value, the character is
// dropped from the string with no replacement. Invalid UTF-8 bytes are read as
// utf8.RuneError (U+FFFD), as a range loop reads them.
func Map(mapping func(rune) rune, s string) string {
	// Find the first character that changes; until then s is shared.
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		width := 1
		if c == utf8.RuneError {
			_, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue // a genuine U+FFFD that stays
			}
		} else {
			width = utf8.RuneLen(c)
		}
		b := make([]byte, 0, len(s)+utf8.UTFMax)
		b = append(b, s[:i]...)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		for _, c := range s[i+width:] {
			if r := mapping(c); r >= 0 {
				b = utf8.AppendRune(b, r)
			}
		}
		return bytesToString(b)
	}
	return s
}

func isASCII(s string) (ascii, hasUpper, hasLower bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false, false
		}
		hasUpper = hasUpper || 'A' <= c && c <= 'Z'
		hasLower = hasLower || 'a' <= c && c <= 'z'
	}
	return true, hasUpper, hasLower
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	ascii, _, hasLower := isASCII(s)
	if ascii {
		if !hasLower {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b[i] = c
		}
		return bytesToString(b)
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	ascii, hasUpper, _ := isASCII(s)
	if ascii {
		if !hasUpper {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return bytesToString(b)
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns a copy of the string s with all Unicode letters mapped to their
// Unicode title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// isSeparator reports whether the rune could mark a word boundary (for Title).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of the string s with all Unicode letters that begin words
// mapped to their Unicode title case. (Deprecated in Go: its word boundaries do
// not handle Unicode punctuation properly.)
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// ToValidUTF8 returns a copy of the string s with each run of invalid UTF-8 byte
// sequences replaced by the replacement string, which may be empty.
func ToValidUTF8(s, replacement string) string {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte started an invalid sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return bytesToString(b)
}

// TrimLeftFunc returns a slice of the string s with all leading Unicode code
// points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns a slice of the string s with all trailing Unicode code
// points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a slice of the string s with all leading and trailing Unicode
// code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// inCutset reports whether the rune c is among the runes of cutset (whose invalid
// bytes count as RuneError).
func inCutset(c rune, cutset string) bool {
	for _, r := range cutset {
		if r == c {
			return true
		}
	}
	return false
}

// Trim returns a slice of the string s with all leading and trailing Unicode code
// points contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft returns a slice of the string s with all leading Unicode code points
// contained in cutset removed. To remove a prefix, use TrimPrefix instead.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		c, size := rune(s[0]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s)
		}
		if !inCutset(c, cutset) {
			break
		}
		s = s[size:]
	}
	return s
}

// TrimRight returns a slice of the string s, with all trailing Unicode code points
// contained in cutset removed. To remove a suffix, use TrimSuffix instead.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		c, size := rune(s[len(s)-1]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeLastRuneInString(s)
		}
		if !inCutset(c, cutset) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimSpace returns a slice of the string s, with all leading and trailing white
// space removed, as defined by Unicode.
func TrimSpace(s string) string {
	start := 0
	for start < len(s) && s[start] < utf8.RuneSelf && asciiSpace(s[start]) {
		start++
	}
	end := len(s)
	for end > start && s[end-1] < utf8.RuneSelf && asciiSpace(s[end-1]) {
		end--
	}
	if start < end && (s[start] >= utf8.RuneSelf || s[end-1] >= utf8.RuneSelf) {
		return TrimFunc(s[start:end], unicode.IsSpace)
	}
	return s[start:end]
}

// TrimPrefix returns s without the provided leading prefix string. If s doesn't
// start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s doesn't
// end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Replace returns a copy of the string s with the first n non-overlapping
// instances of old replaced by new. If old is empty, it matches at the beginning
// of the string and after each UTF-8 sequence, yielding up to k+1 replacements for
// a k-rune string. If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return bytesToString(b)
}

// ReplaceAll returns a copy of the string s with all non-overlapping instances of
// old replaced by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under
// simple Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		// ASCII: only the letters fold, onto each other.
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's fold orbit looking for tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}
