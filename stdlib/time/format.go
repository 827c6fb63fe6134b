package time

// These are predefined layouts for use in Time.Format. The reference time used
// in these layouts is the specific time stamp:
//
//	01/02 03:04:05PM '06 -0700
//
// (January 2, 15:04:05, 2006, in time zone seven hours west of GMT). See Go's
// documentation of package time for the elements of a layout.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// The elements of a layout.
const (
	elemNone          = iota
	elemLongMonth     // "January"
	elemMonth         // "Jan"
	elemNumMonth      // "1"
	elemZeroMonth     // "01"
	elemLongWeekDay   // "Monday"
	elemWeekDay       // "Mon"
	elemDay           // "2"
	elemUnderDay      // "_2"
	elemZeroDay       // "02"
	elemUnderYearDay  // "__2"
	elemZeroYearDay   // "002"
	elemHour          // "15"
	elemHour12        // "3"
	elemZeroHour12    // "03"
	elemMinute        // "4"
	elemZeroMinute    // "04"
	elemSecond        // "5"
	elemZeroSecond    // "05"
	elemLongYear      // "2006"
	elemYear          // "06"
	elemPM            // "PM"
	elempm            // "pm"
	elemTZ            // "MST"
	elemISO8601TZ     // "Z0700": Z for UTC
	elemISO8601SecTZ  // "Z070000"
	elemISO8601ShTZ   // "Z07"
	elemISO8601ColTZ  // "Z07:00"
	elemISO8601CSecTZ // "Z07:00:00"
	elemNumTZ         // "-0700": always numeric
	elemNumSecTZ      // "-070000"
	elemNumShTZ       // "-07"
	elemNumColTZ      // "-07:00"
	elemNumColSecTZ   // "-07:00:00"
	elemFrac0         // ".0", ".00", ... or with a comma: trailing zeros kept
	elemFrac9         // ".9", ".99", ...: trailing zeros dropped
)

// zone elements, by their text after the leading 'Z' or '-', longest first.
var zoneElems = [...]struct {
	text      string
	iso, num  int
	withColon bool
}{
	{"070000", elemISO8601SecTZ, elemNumSecTZ, false},
	{"07:00:00", elemISO8601CSecTZ, elemNumColSecTZ, true},
	{"0700", elemISO8601TZ, elemNumTZ, false},
	{"07:00", elemISO8601ColTZ, elemNumColTZ, true},
	{"07", elemISO8601ShTZ, elemNumShTZ, false},
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isLowerAt(s string, i int) bool {
	return i < len(s) && 'a' <= s[i] && s[i] <= 'z'
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextElem finds the first element of layout: it returns the literal text
// before it, the element (elemNone at the end), and the rest of layout. For a
// fractional second, digits is the number of 0s or 9s and sep the separator.
func nextElem(layout string) (prefix string, elem, digits int, sep byte, rest string) {
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J': // January, Jan (not followed by a lower-case letter, as in "Janet")
			if hasPrefixAt(layout, i, "January") {
				return layout[:i], elemLongMonth, 0, 0, layout[i+7:]
			}
			if hasPrefixAt(layout, i, "Jan") && !isLowerAt(layout, i+3) {
				return layout[:i], elemMonth, 0, 0, layout[i+3:]
			}
		case 'M': // Monday, Mon (not as in "Month"), MST
			if hasPrefixAt(layout, i, "Monday") {
				return layout[:i], elemLongWeekDay, 0, 0, layout[i+6:]
			}
			if hasPrefixAt(layout, i, "Mon") && !isLowerAt(layout, i+3) {
				return layout[:i], elemWeekDay, 0, 0, layout[i+3:]
			}
			if hasPrefixAt(layout, i, "MST") {
				return layout[:i], elemTZ, 0, 0, layout[i+3:]
			}
		case '0': // 01, 02, 03, 04, 05, 06, 002
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				e := [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[layout[i+1]-'1']
				return layout[:i], e, 0, 0, layout[i+2:]
			}
			if hasPrefixAt(layout, i, "002") {
				return layout[:i], elemZeroYearDay, 0, 0, layout[i+3:]
			}
		case '1': // 15, 1
			if hasPrefixAt(layout, i, "15") {
				return layout[:i], elemHour, 0, 0, layout[i+2:]
			}
			return layout[:i], elemNumMonth, 0, 0, layout[i+1:]
		case '2': // 2006, 2
			if hasPrefixAt(layout, i, "2006") {
				return layout[:i], elemLongYear, 0, 0, layout[i+4:]
			}
			return layout[:i], elemDay, 0, 0, layout[i+1:]
		case '_': // _2, _2006 (a literal _ then the year), __2
			if hasPrefixAt(layout, i, "_2") {
				if hasPrefixAt(layout, i, "_2006") {
					return layout[:i+1], elemLongYear, 0, 0, layout[i+5:]
				}
				return layout[:i], elemUnderDay, 0, 0, layout[i+2:]
			}
			if hasPrefixAt(layout, i, "__2") {
				return layout[:i], elemUnderYearDay, 0, 0, layout[i+3:]
			}
		case '3':
			return layout[:i], elemHour12, 0, 0, layout[i+1:]
		case '4':
			return layout[:i], elemMinute, 0, 0, layout[i+1:]
		case '5':
			return layout[:i], elemSecond, 0, 0, layout[i+1:]
		case 'P': // PM
			if hasPrefixAt(layout, i, "PM") {
				return layout[:i], elemPM, 0, 0, layout[i+2:]
			}
		case 'p': // pm
			if hasPrefixAt(layout, i, "pm") {
				return layout[:i], elempm, 0, 0, layout[i+2:]
			}
		case '-', 'Z': // -070000, -07:00:00, -0700, -07:00, -07 and the Z forms
			for _, z := range zoneElems {
				if hasPrefixAt(layout, i+1, z.text) {
					e := z.num
					if c == 'Z' {
						e = z.iso
					}
					return layout[:i], e, 0, 0, layout[i+1+len(z.text):]
				}
			}
		case '.', ',': // .000, .999, ,000, ,999: a fractional second if no digit follows
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if !isDigitAt(layout, j) {
					e := elemFrac0
					if d == '9' {
						e = elemFrac9
					}
					return layout[:i], e, (j - (i + 1)) & 0xfff, c, layout[j:] // 12 bits, as Go's
				}
			}
		}
	}
	return layout, elemNone, 0, 0, ""
}

// appendFraction appends the first digits (at most 9) decimal digits of the
// nanoseconds ns after sep; with trim, without trailing zeros, and nothing at all
// if they are all zero.
func appendFraction(b []byte, ns int, digits int, sep byte, trim bool) []byte {
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte('0' + ns%10)
		ns /= 10
	}
	if digits > 9 {
		digits = 9
	}
	if trim {
		for digits > 0 && buf[digits-1] == '0' {
			digits--
		}
		if digits == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:digits]...)
}

// Format returns a textual representation of the time value formatted according
// to the layout defined by the argument, as Go's (see Go's documentation of
// package time and of the constant Layout). minigo's times are in UTC: the zone
// name is "UTC", a numeric offset is +0000 and an ISO 8601 offset is Z.
func (t Time) Format(layout string) string {
	b := make([]byte, 0, len(layout)+10)
	return string(t.AppendFormat(b, layout))
}

// AppendFormat is like Format but appends the textual representation to b and
// returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	abs := t.abs()
	year, yday, month, day := civil(abs)
	yday++ // 1-based
	secs := int(abs % secondsPerDay)
	hour, min, sec := secs/secondsPerHour, secs/secondsPerMinute%60, secs%60
	for layout != "" {
		prefix, elem, digits, sep, rest := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		layout = rest
		switch elem {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendPadded(b, y%100, 2)
		case elemLongYear:
			b = appendPadded(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendPadded(b, int(month), 0)
		case elemZeroMonth:
			b = appendPadded(b, int(month), 2)
		case elemWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case elemLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case elemDay:
			b = appendPadded(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendPadded(b, day, 0)
		case elemZeroDay:
			b = appendPadded(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendPadded(b, yday, 0)
		case elemZeroYearDay:
			b = appendPadded(b, yday, 3)
		case elemHour:
			b = appendPadded(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if elem == elemZeroHour12 {
				width = 2
			}
			b = appendPadded(b, h, width)
		case elemMinute:
			b = appendPadded(b, min, 0)
		case elemZeroMinute:
			b = appendPadded(b, min, 2)
		case elemSecond:
			b = appendPadded(b, sec, 0)
		case elemZeroSecond:
			b = appendPadded(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISO8601TZ, elemISO8601SecTZ, elemISO8601ShTZ, elemISO8601ColTZ, elemISO8601CSecTZ:
			b = append(b, 'Z') // the offset is 0
		case elemNumTZ:
			b = append(b, "+0000"...)
		case elemNumSecTZ:
			b = append(b, "+000000"...)
		case elemNumShTZ:
			b = append(b, "+00"...)
		case elemNumColTZ:
			b = append(b, "+00:00"...)
		case elemNumColSecTZ:
			b = append(b, "+00:00:00"...)
		case elemTZ:
			b = append(b, "UTC"...)
		case elemFrac0, elemFrac9:
			b = appendFraction(b, int(t.nsec()), digits, sep, elem == elemFrac9)
		}
	}
	return b
}
