package time

import "math/bits"

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + formatUint(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + formatUint(uint64(d)) + ")"
}

// formatUint returns v in decimal. (An out-of-range Month or Weekday is printed
// as Go prints it: the int converted to uint64.)
func formatUint(v uint64) string {
	var buf [20]byte
	return string(buf[putUint(buf[:], v):])
}

// Calendar computations count in "absolute" seconds: seconds since the start of
// year -292277022399, a year that is 1 modulo 400 and early enough that every
// representable instant after it is non-negative, so that divisions round down.
// The Gregorian 400-year cycle then starts at the absolute epoch, with its leap
// years in its 4th, 8th, ... years, no leap year in its 100th, 200th and 300th,
// and one in its 400th.
const absoluteYear = -292277022399

// unixToAbsolute is the number of seconds from the absolute epoch to the Unix
// epoch: whole 400-year cycles up to year 1 (the absolute year is 1 modulo 400),
// then the days from 0001-01-01 to 1970-01-01. The sum exceeds int64 but not uint64.
const unixToAbsolute uint64 = uint64((1-absoluteYear)/400*daysPer400Years)*secondsPerDay +
	uint64(unixEpoch)

// abs returns t's absolute seconds (see above).
func (t Time) abs() uint64 {
	return uint64(t.unixSec()) + unixToAbsolute
}

// civil splits absolute seconds into the year, the day of the year (0-based),
// the month and the day of the month.
func civil(abs uint64) (year int, yday int, month Month, day int) {
	days := abs / secondsPerDay

	cycles := days / daysPer400Years // whole 400-year cycles
	days %= daysPer400Years
	// The last century of a cycle is one day longer than the others: cap the
	// century at 3 so that its last day stays in it.
	centuries := days / daysPer100Years
	if centuries == 4 {
		centuries = 3
	}
	days -= centuries * daysPer100Years
	quads := days / daysPer4Years
	days -= quads * daysPer4Years
	// Likewise the last year of 4 has the leap day.
	years := days / 365
	if years == 4 {
		years = 3
	}
	days -= years * 365

	year = int(int64(cycles*400+centuries*100+quads*4+years) + absoluteYear)
	yday = int(days)

	// Months, skipping February 29 in the count when the year has it.
	d := yday
	if isLeap(year) {
		if d == 31+28 {
			return year, yday, February, 29
		}
		if d > 31+28 {
			d--
		}
	}
	m := 0
	for m < 11 && d >= daysBefore[m+1] {
		m++
	}
	return year, yday, Month(m + 1), d - daysBefore[m] + 1
}

// daysBefore[m] is the number of days before month m+1 in a common year.
var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	year, _, month, day = civil(t.abs())
	return
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	year, _, _, _ := civil(t.abs())
	return year
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, _, month, _ := civil(t.abs())
	return month
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, _, day := civil(t.abs())
	return day
}

// YearDay returns the day of the year specified by t, in the range [1,365] for
// non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	_, yday, _, _ := civil(t.abs())
	return yday + 1
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	// The absolute epoch is a Monday.
	return Weekday((t.abs() + uint64(Monday)*secondsPerDay) % secondsPerWeek / secondsPerDay)
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	s := int(t.abs() % secondsPerDay)
	return s / secondsPerHour, s / secondsPerMinute % 60, s % 60
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { return int(t.abs()%secondsPerDay) / secondsPerHour }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { return int(t.abs()%secondsPerHour) / secondsPerMinute }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { return int(t.abs() % secondsPerMinute) }

// Nanosecond returns the nanosecond offset within the second specified by t,
// in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec()) }

// sinceMultiple returns the remainder of t (as nanoseconds since the zero time)
// divided by d > 0, in [0, d): how far t is past the last multiple of d.
func (t *Time) sinceMultiple(d Duration) Duration {
	m := uint64(d)
	s := t.sec() % int64(d)
	if s < 0 {
		s += int64(d)
	}
	// (s * 1e9 + nsec) mod d, in 128 bits.
	hi, lo := bits.Mul64(uint64(s), uint64(Second)%m)
	lo, carry := bits.Add64(lo, uint64(t.nsec()), 0)
	return Duration(bits.Rem64(hi+carry, lo, m))
}

// String returns the time formatted as Go formats it with the layout
// "2006-01-02 15:04:05.999999999 -0700 MST" in UTC, followed, when t has a
// monotonic clock reading, by " m=±<seconds>" (the reading relative to the
// program's start).
func (t Time) String() string {
	year, _, month, day := civil(t.abs())
	hour, min, sec := t.Clock()
	b := make([]byte, 0, 64)
	b = appendPadded(b, year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(month), 2)
	b = append(b, '-')
	b = appendPadded(b, day, 2)
	b = append(b, ' ')
	b = appendPadded(b, hour, 2)
	b = append(b, ':')
	b = appendPadded(b, min, 2)
	b = append(b, ':')
	b = appendPadded(b, sec, 2)
	if ns := t.nsec(); ns != 0 {
		var frac [10]byte
		w, _ := putFraction(frac[:], uint64(ns), 9)
		b = append(b, frac[w:]...)
	}
	b = append(b, " +0000 UTC"...)

	if t.wall&hasMonotonic != 0 {
		b = append(b, " m="...)
		mono := uint64(t.ext)
		if t.ext < 0 {
			b = append(b, '-')
			mono = -mono
		} else {
			b = append(b, '+')
		}
		secs, ns := mono/1e9, int(mono%1e9)
		if secs >= 1e9 {
			// Go prints the seconds in two parts, the low nine digits zero-padded.
			b = appendPadded(b, int(secs/1e9), 0)
			b = appendPadded(b, int(secs%1e9), 9)
		} else {
			b = appendPadded(b, int(secs), 0)
		}
		b = append(b, '.')
		b = appendPadded(b, ns, 9)
	}
	return string(b)
}

// appendPadded appends x in decimal, its digits zero-padded to width (after
// the sign of a negative x).
func appendPadded(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	var digits [20]byte
	w := putUint(digits[:], u)
	for n := len(digits) - w; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, digits[w:]...)
}
