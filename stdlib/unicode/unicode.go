// Package unicode provides functions to test some properties of Unicode code
// points and to map between upper, lower and title case, with the behaviour of
// Go 1.19's package unicode (Unicode 13.0.0). The data are in tables.go, generated
// from Go itself by _gen/main.go.
//
// minigo does not provide the exported *RangeTable variables (unicode.Letter,
// unicode.Han, ...) nor unicode.Is / unicode.In; the Is* predicates and the case
// mappings are complete.
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

func get3(s string, o int) int {
	return int(s[o])<<16 | int(s[o+1])<<8 | int(s[o+2])
}

// inTable reports whether r belongs to the packed property table t (see tables.go).
func inTable(t string, r rune) bool {
	x := int(r)
	lo, hi := 0, len(t)/9
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if get3(t, 9*m) <= x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return false
	}
	o := 9 * (lo - 1)
	first := get3(t, o)
	return x <= get3(t, o+3) && (x-first)%get3(t, o+6) == 0
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
	return inTable(tableLetter, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return inTable(tableDigit, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pNumber)
	}
	return inTable(tableNumber, r)
}

// IsSpace reports whether the rune is a space character as defined by Unicode's
// White Space property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r',
// ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return inTable(tableSpace, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pUpper)
	}
	return inTable(tableUpper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pLower)
	}
	return inTable(tableLower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return inTable(tableTitle, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pPunct)
	}
	return inTable(tablePunct, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return inTable(tableMark, r)
}

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pSymbol)
	}
	return inTable(tableSymbol, r)
}

// IsPrint reports whether the rune is defined as printable by Go: letters, marks,
// numbers, punctuation, symbols and the ASCII space character (categories L, M, N,
// P, S and U+0020). Other spacing characters are not printable.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pPrint)
	}
	return inTable(tablePrint, r)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters,
// marks, numbers, punctuation, symbols and spaces (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pGraphic)
	}
	return inTable(tableGraphic, r)
}

// IsControl reports whether the rune is a control character: only the Latin-1
// controls U+0000-U+001F and U+007F-U+009F, as Go (the C category includes more
// code points, such as surrogates; use IsPrint to test for them).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin(r, pControl)
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
