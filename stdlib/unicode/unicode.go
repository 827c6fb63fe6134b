// Package unicode provides data and functions to test some properties of Unicode
// code points, with the behaviour of Go 1.19's package unicode (Unicode 13.0.0).
// The data are in tables.go, generated from Go itself by _gen/main.go: the Is*
// predicates, the case mappings and Go's *RangeTable variables (every category,
// script and property, with Is, In and IsOneOf).
//
// minigo does not provide CaseRanges, the SpecialCase type (TurkishCase, AzeriCase),
// FoldCategory and FoldScript.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the delta arrays inside CaseRanges for case mapping (as Go's).
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices
// to save space: a slice of 16-bit ranges and a slice of 32-bit ranges.
// The two slices must be in sorted order and non-overlapping.
// Also, R32 should contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range runs from
// Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or
// more of the values will not fit in 16 bits. The range runs from Lo to Hi
// inclusive and has the specified stride. Lo and Hi must always be >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// linearMax is the size of a table searched linearly (as Go's).
const linearMax = 18

// in16 reports whether r is in the sorted ranges: scanned in order for short
// tables and Latin-1 runes, else by binary search.
func in16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := &ranges[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// in32 is in16 for Range32s.
func in32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := &ranges[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compared as uint32, a negative rune is beyond every Range16.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// isExcludingLatin is Is for a rune above Latin-1: the table's first LatinOffset
// Range16s are skipped.
func isExcludingLatin(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if off := rangeTab.LatinOffset; len(r16) > off && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16[off:], uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// init decodes the tables (tables.go): the packed Range16 and Range32 entries,
// then each table's share of them.
func init() {
	for i := range r16data {
		p := r16packed[6*i : 6*i+6]
		r16data[i] = Range16{uint16(p[0])<<8 | uint16(p[1]), uint16(p[2])<<8 | uint16(p[3]), uint16(p[4])<<8 | uint16(p[5])}
	}
	for i := range r32data {
		r32data[i] = Range32{uint32(get3(r32packed, 9*i)), uint32(get3(r32packed, 9*i+3)), uint32(get3(r32packed, 9*i+6))}
	}
	start16, start32 := 0, 0
	for i := range rangeTables {
		b := tableBounds[6*i : 6*i+6]
		end16, end32 := int(b[0])<<8|int(b[1]), int(b[2])<<8|int(b[3])
		t := &rangeTables[i]
		if b[5]&1 != 0 {
			t.R16 = r16data[start16:end16:end16]
		}
		if b[5]&2 != 0 {
			t.R32 = r32data[start32:end32:end32]
		}
		t.LatinOffset = int(b[4])
		start16, start32 = end16, end32
	}
}

// tableMap returns the map of the space-separated names to rangeTables[first],
// rangeTables[first+1], ...
func tableMap(names string, first int) map[string]*RangeTable {
	n := 1
	for i := 0; i < len(names); i++ {
		if names[i] == ' ' {
			n++
		}
	}
	m := make(map[string]*RangeTable, n+1) // +1: room for an alias
	for i := 0; i < len(names); {
		j := i
		for j < len(names) && names[j] != ' ' {
			j++
		}
		m[names[i:j]] = &rangeTables[first]
		first++
		i = j + 1
	}
	return m
}

func get3(s string, o int) int {
	return int(s[o])<<16 | int(s[o+1])<<8 | int(s[o+2])
}

// mapRune applies the packed mapping table t (see tables.go) to r.
func mapRune(t string, r rune) rune {
	x := int(r)
	lo, hi := 0, len(t)/12
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if get3(t, 12*m) <= x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return r
	}
	o := 12 * (lo - 1)
	first := get3(t, o)
	if x <= get3(t, o+3) && (x-first)%get3(t, o+6) == 0 {
		return rune(x + get3(t, o+9) - 0x800000)
	}
	return r
}

func latin(r rune, bit int) bool {
	i := 2 * int(r)
	return (int(latin1[i])<<8|int(latin1[i+1]))&bit != 0
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pLetter)
	}
	return isExcludingLatin(Letter, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isExcludingLatin(Digit, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pNumber)
	}
	return isExcludingLatin(Number, r)
}

// IsSpace reports whether the rune is a space character as defined by Unicode's
// White Space property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r',
// ' ', U+0085 (NEL), U+00A0 (NBSP).
// Other definitions of spacing characters are set by category Z and property
// Pattern_White_Space.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isExcludingLatin(White_Space, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pUpper)
	}
	return isExcludingLatin(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pLower)
	}
	return isExcludingLatin(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isExcludingLatin(Title, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pPunct)
	}
	return Is(Punct, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	// There are no mark characters in Latin-1.
	return isExcludingLatin(Mark, r)
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pSymbol)
	}
	return isExcludingLatin(Symbol, r)
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters,
// marks, numbers, punctuation, symbols and spaces, from categories L, M, N, P, S,
// Zs.
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pGraphic)
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether the rune is defined as printable by Go: letters, marks,
// numbers, punctuation, symbols and the ASCII space character, from categories L,
// M, N, P, S and the ASCII space character. Other spacing characters are not
// printable.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pPrint)
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether the rune is a control character: only the Latin-1
// controls U+0000-U+001F and U+007F-U+009F, as Go (the C category includes more
// code points, such as surrogates; use Is(C, r) to test for them).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pControl)
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference
// to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return mapRune(mapToUpper, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return mapRune(mapToLower, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return mapRune(mapToTitle, r)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
// An invalid case gives ReplacementChar, as in Go.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined
// simple case folding. Among the code points equivalent to rune (including rune
// itself), SimpleFold returns the smallest rune > r if one exists, or else the
// smallest rune >= 0. If r is not a valid Unicode code point, SimpleFold(r) returns r.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	return mapRune(mapSimpleFold, r)
}
