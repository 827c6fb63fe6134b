package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. There is no definition for units of Day or larger
// to avoid confusion across daylight savings time zone transitions.
//
// To count the number of units in a Duration, divide:
//
//	second := time.Second
//	fmt.Print(int64(second/time.Millisecond)) // prints 1000
//
// To convert an integer number of units to a Duration, multiply:
//
//	seconds := 10
//	fmt.Print(time.Duration(seconds)*time.Second) // prints 10s
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. As a special case, durations less than one
// second format use a smaller unit (milli-, micro-, or nanoseconds) to ensure
// that the leading digit is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	// The text is built backwards from the end of buf; the longest one is
	// "-2562047h47m16.854775808s".
	var buf [32]byte
	w := len(buf)

	mag := uint64(d) // the magnitude; also right for the most negative value
	if d < 0 {
		mag = -mag
	}

	if mag < uint64(Second) {
		// Below a second: one unit, chosen so that the leading digit is not 0.
		switch {
		case mag < uint64(Microsecond):
			w = putString(buf[:w], "ns")
			w = putUint(buf[:w], mag)
		case mag < uint64(Millisecond):
			w = putString(buf[:w], "µs") // U+00B5, two bytes
			w, mag = putFraction(buf[:w], mag, 3)
			w = putUint(buf[:w], mag)
		default:
			w = putString(buf[:w], "ms")
			w, mag = putFraction(buf[:w], mag, 6)
			w = putUint(buf[:w], mag)
		}
	} else {
		// Hours, minutes and seconds with a fraction; leading zero units left out.
		w = putString(buf[:w], "s")
		w, mag = putFraction(buf[:w], mag, 9)
		secs, mins := mag%60, mag/60
		w = putUint(buf[:w], secs)
		if mins > 0 {
			w = putString(buf[:w], "m")
			w = putUint(buf[:w], mins%60)
			if hours := mins / 60; hours > 0 {
				// Days are not used: they can have different lengths.
				w = putString(buf[:w], "h")
				w = putUint(buf[:w], hours)
			}
		}
	}
	if d < 0 {
		w = putString(buf[:w], "-")
	}
	return string(buf[w:])
}

// putString writes s at the end of buf and returns where it starts.
func putString(buf []byte, s string) int {
	return len(buf) - copy(buf[len(buf)-len(s):], s)
}

// putFraction writes the last digits decimal digits of v at the end of buf as a
// fraction (".5", ".000001"), without trailing zeros, or nothing at all when they
// are all zero. It returns where the text starts and v without those digits.
func putFraction(buf []byte, v uint64, digits int) (int, uint64) {
	w := len(buf)
	significant := false
	for k := 0; k < digits; k++ {
		digit := byte(v % 10)
		v /= 10
		if digit != 0 {
			significant = true
		}
		if significant {
			w--
			buf[w] = '0' + digit
		}
	}
	if significant {
		w--
		buf[w] = '.'
	}
	return w, v
}

// putUint writes v in decimal at the end of buf and returns where it starts.
func putUint(buf []byte, v uint64) int {
	w := len(buf)
	for {
		w--
		buf[w] = '0' + byte(v%10)
		v /= 10
		if v == 0 {
			return w
		}
	}
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// The floating-point conversions split the count into whole units and a
// remainder first, so that converting the result back to an integer rounds as
// the integer division would.

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole, rest := d/Second, d%Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole, rest := d/Minute, d%Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole, rest := d/Hour, d%Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
// If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// belowHalf reports whether x < y/2 exactly (x+x < y without overflow), for
// non-negative x and positive y.
func belowHalf(x, y Duration) bool {
	return uint64(x)*2 < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m.
// The rounding behavior for halfway values is to round away from zero.
// If the result exceeds the maximum (or minimum)
// value that can be stored in a Duration,
// Round returns the maximum (or minimum) duration.
// If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m // same sign as d
	if d >= 0 {
		if belowHalf(r, m) {
			return d - r
		}
		if up := d + (m - r); up > d {
			return up
		}
		return maxDuration
	}
	r = -r
	if belowHalf(r, m) {
		return d + r
	}
	if down := d - (m - r); down < d {
		return down
	}
	return minDuration
}

// Abs returns the absolute value of d.
// As a special case, math.MinInt64 is converted to math.MaxInt64.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}
