package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	lowerDigits = "0123456789abcdefx"
	upperDigits = "0123456789ABCDEFX"
)

// flags holds the state of one verb's flags, width and precision.
type flags struct {
	wid, prec               int
	widPresent, precPresent bool
	minus, plus, sharp      bool
	space, zero             bool
	// %+v and %#v are recorded apart from + and #, which mean other things for
	// the other verbs.
	plusV, sharpV bool
}

// clearFlags resets the flags before a verb (wid and prec only matter when present).
func (p *printer) clearFlags() {
	w, pr := p.wid, p.prec
	p.flags = flags{}
	p.wid, p.prec = w, pr
}

// writePadding appends n bytes of padding: zeros with the 0 flag, else spaces.
func (p *printer) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// pad appends b, padded to the width (counted in runes) on the left, or on the
// right with the - flag.
func (p *printer) pad(b []byte) {
	if !p.widPresent || p.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	n := p.wid - utf8.RuneCount(b)
	if p.minus {
		p.buf = append(p.buf, b...)
		p.writePadding(n)
	} else {
		p.writePadding(n)
		p.buf = append(p.buf, b...)
	}
}

// padString is pad for a string.
func (p *printer) padString(s string) {
	if !p.widPresent || p.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	n := p.wid - utf8.RuneCountInString(s)
	if p.minus {
		p.buf = append(p.buf, s...)
		p.writePadding(n)
	} else {
		p.writePadding(n)
		p.buf = append(p.buf, s...)
	}
}

// padNoZero pads b with spaces even under the 0 flag.
func (p *printer) padNoZero(b []byte) {
	z := p.zero
	p.zero = false
	p.pad(b)
	p.zero = z
}

func (p *printer) fmtBoolean(v bool) {
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// fmtUnicode formats u as "U+0078", or "U+0078 'x'" with the # flag when u is
// printable. The precision is the minimum number of hexadecimal digits (4 at least).
func (p *printer) fmtUnicode(u uint64) {
	minDigits := 4
	if p.precPresent && p.prec > 4 {
		minDigits = p.prec
	}
	var hex []byte
	for v := u; ; v >>= 4 {
		hex = append(hex, upperDigits[v&0xF])
		if v < 16 {
			break
		}
	}
	out := make([]byte, 0, 2+minDigits+len(hex)+8)
	out = append(out, 'U', '+')
	for n := len(hex); n < minDigits; n++ {
		out = append(out, '0')
	}
	for i := len(hex) - 1; i >= 0; i-- {
		out = append(out, hex[i])
	}
	if p.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	p.padNoZero(out)
}

// fmtInteger formats u (the bits of a signed value when isSigned) in base 2, 8,
// 10 or 16, with the flags: precision = minimum digits (precision 0 prints nothing
// for 0), 0 flag = zeros up to the width, # = base prefix, + and space = sign.
func (p *printer) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	minDigits := 0
	if p.precPresent {
		minDigits = p.prec
		if minDigits == 0 && u == 0 {
			z := p.zero
			p.zero = false
			p.writePadding(p.wid)
			p.zero = z
			return
		}
	} else if p.zero && p.widPresent {
		minDigits = p.wid
		if negative || p.plus || p.space {
			minDigits-- // room for the sign
		}
	}
	// Digits, least significant first, then reversed.
	var rev []byte
	var scratch [70]byte
	rev = scratch[:0]
	b := uint64(base)
	for {
		rev = append(rev, digits[u%b])
		u /= b
		if u == 0 {
			break
		}
	}
	for len(rev) < minDigits {
		rev = append(rev, '0')
	}
	if p.sharp {
		switch base {
		case 2:
			rev = append(rev, 'b', '0')
		case 8:
			if rev[len(rev)-1] != '0' {
				rev = append(rev, '0')
			}
		case 16:
			rev = append(rev, digits[16], '0')
		}
	}
	if verb == 'O' {
		rev = append(rev, 'o', '0')
	}
	switch {
	case negative:
		rev = append(rev, '-')
	case p.plus:
		rev = append(rev, '+')
	case p.space:
		rev = append(rev, ' ')
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	p.padNoZero(rev)
}

// truncateString cuts s to the precision, counted in runes.
func (p *printer) truncateString(s string) string {
	if p.precPresent {
		n := 0
		for i := range s {
			if n == p.prec {
				return s[:i]
			}
			n++
		}
	}
	return s
}

// truncate cuts b to the precision, counted in runes.
func (p *printer) truncate(b []byte) []byte {
	if p.precPresent {
		n := 0
		for i := 0; i < len(b); {
			if n == p.prec {
				return b[:i]
			}
			n++
			if b[i] < utf8.RuneSelf {
				i++
			} else {
				_, w := utf8.DecodeRune(b[i:])
				i += w
			}
		}
	}
	return b
}

func (p *printer) fmtS(s string) { p.padString(p.truncateString(s)) }

func (p *printer) fmtBs(b []byte) { p.pad(p.truncate(b)) }

// fmtSbx formats the bytes of s (or of b when b != nil) in hexadecimal: the
// precision limits the bytes used, the space flag separates the bytes, # adds 0x
// (to each byte with the space flag).
func (p *printer) fmtSbx(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if p.precPresent && p.prec < n {
		n = p.prec
	}
	if n <= 0 {
		if p.widPresent {
			p.writePadding(p.wid)
		}
		return
	}
	// The width of the result, for padding.
	width := 2 * n
	if p.space {
		if p.sharp {
			width *= 2
		}
		width += n - 1
	} else if p.sharp {
		width += 2
	}
	if p.widPresent && p.wid > width && !p.minus {
		p.writePadding(p.wid - width)
	}
	if p.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if p.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		p.buf = append(p.buf, digits[c>>4], digits[c&0xF])
	}
	if p.widPresent && p.wid > width && p.minus {
		p.writePadding(p.wid - width)
	}
}

// fmtQ formats s as a double-quoted, escaped Go string literal (ASCII only with
// +), or backquoted with # when possible.
func (p *printer) fmtQ(s string) {
	s = p.truncateString(s)
	if p.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.plus {
		p.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtC formats the integer as the character it encodes (U+FFFD when invalid).
func (p *printer) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	p.pad(b[:n])
}

// fmtQc formats the integer as a single-quoted, escaped Go character literal.
func (p *printer) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if p.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		p.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtFloat formats v (a float of size 32 or 64 bits) with strconv's format verb
// and the precision prec (-1: shortest), overridden by an explicit precision; then
// applies the sign flags, # (keep a point and trailing zeros) and the padding.
func (p *printer) fmtFloat(v float64, size int, verb rune, prec int) {
	if p.precPresent {
		prec = p.prec
	}
	// num[0] is reserved for the sign.
	num := strconv.AppendFloat([]byte{'+'}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if p.space && num[0] == '+' && !p.plus {
		num[0] = ' '
	}
	// Infinities and NaN are never zero-padded; NaN gets a sign only when asked.
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !p.space && !p.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.sharp && verb != 'b' {
		num = p.sharpFloat(num, verb, prec)
	}
	if p.plus || num[0] != '+' {
		// A shown sign goes before any zero padding.
		if p.zero && p.widPresent && p.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// sharpFloat applies the # flag to a formatted float (sign at num[0]): the number
// always has a decimal point, and for %g, %G, %v and %x trailing zeros are kept
// up to the precision (6 by default) in significant digits.
func (p *printer) sharpFloat(num []byte, verb rune, prec int) []byte {
	want := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		want = prec
		if want == -1 {
			want = 6
		}
	}
	// Split off the exponent, count the significant digits and look for a point.
	var tail []byte
	hasPoint := false
	significant := false
	body := num
	for i := 1; i < len(body); i++ {
		c := body[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X' {
			tail = append(tail, body[i:]...)
			body = body[:i]
			break
		}
		if c != '0' {
			significant = true
		}
		if significant {
			want--
		}
	}
	if !hasPoint {
		if len(body) == 2 && body[1] == '0' {
			want-- // a lone 0 counts as one digit
		}
		body = append(body, '.')
	}
	for ; want > 0; want-- {
		body = append(body, '0')
	}
	return append(body, tail...)
}
