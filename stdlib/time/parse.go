package time

import "errors"

// quote returns s in double quotes as Go's time package quotes it in errors:
// '"' and '\' escaped with a backslash, and every byte of a control or non-ASCII
// character (or of an invalid encoding) as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i := 0; i < len(s); {
		c := s[i]
		if c < ' ' || c >= 0x80 {
			n := utf8Len(s[i:])
			for j := 0; j < n; j++ {
				b = append(b, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			i += n
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
		i++
	}
	return string(append(b, '"'))
}

// utf8Len returns the length of the UTF-8 encoding at the start of s: that of a
// valid character, else 1.
func utf8Len(s string) int {
	c := s[0]
	var n int
	var min rune
	switch {
	case c < 0x80:
		return 1
	case c&0xE0 == 0xC0:
		n, min = 2, 0x80
	case c&0xF0 == 0xE0:
		n, min = 3, 0x800
	case c&0xF8 == 0xF0:
		n, min = 4, 0x10000
	default:
		return 1
	}
	if len(s) < n {
		return 1
	}
	r := rune(c) & (0x7F >> n)
	for k := 1; k < n; k++ {
		if s[k]&0xC0 != 0x80 {
			return 1
		}
		r = r<<6 | rune(s[k]&0x3F)
	}
	if r < min || r > 0x10FFFF || 0xD800 <= r && r <= 0xDFFF {
		return 1
	}
	return n
}

var errLeadingInt = errors.New("time: bad [0-9]*") // never printed

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", errLeadingInt // overflow
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", errLeadingInt // overflow
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s. It is used only for
// fractions, so does not return an error on overflow: it stops accumulating
// precision instead. scale is 10 to the number of digits kept.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// durationUnit returns the nanoseconds of a unit of ParseDuration.
func durationUnit(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

func invalidDuration(s string) error {
	return errors.New("time: invalid duration " + quote(s))
}

// ParseDuration parses a duration string.
// A duration string is a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix,
// such as "300ms", "-1.5h" or "2h45m".
// Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	// [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+
	orig := s
	var d uint64
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalidDuration(orig)
	}
	for s != "" {
		// The next character must be [0-9.].
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalidDuration(orig)
		}
		n := len(s)
		v, rest, err := leadingInt(s)
		if err != nil {
			return 0, invalidDuration(orig)
		}
		s = rest
		pre := n != len(s) // digits before a period
		var f uint64
		scale := 1.0
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n := len(s)
			f, scale, s = leadingFraction(s)
			post = n != len(s)
		}
		if !pre && !post {
			return 0, invalidDuration(orig) // no digits, as in ".s" or "-.s"
		}
		i := 0
		for ; i < len(s); i++ {
			if c := s[i]; c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := durationUnit(u)
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalidDuration(orig) // overflow
		}
		v *= unit
		if f > 0 {
			// float64 is needed to be nanosecond accurate for fractions of hours:
			// v >= 0 && f*unit/scale <= 3.6e12 (ns/h, h being the largest unit).
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalidDuration(orig) // overflow
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalidDuration(orig)
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalidDuration(orig)
	}
	return Duration(d), nil
}
