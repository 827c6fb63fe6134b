// Package time provides functionality for measuring and displaying time, with
// the behaviour of Go 1.19's package time for what it offers: Duration (with
// Go's String and ParseDuration), Time as an instant with the wall clock and, for
// times from Now, a monotonic clock reading (used by Sub, Since, Until, Before,
// After and Equal when both operands have one, as in Go), Date, AddDate, Unix
// conversions, calendar fields, Format and AppendFormat with Go's layouts, Sleep,
// Month and Weekday.
//
// minigo has no time zone database: the only Locations are UTC and Local, and
// Local is UTC (its name is "Local", its zone "UTC" with offset 0). Go's Now and
// Unix return times in Local, so calendar fields, String and Format agree with
// Go's when the local zone is UTC (TZ unset or "UTC" on a machine set to UTC).
// Parse, LoadLocation, FixedZone, timers and tickers are not provided.
//
// The clocks and the sleep are runtime primitives (functions without a body,
// provided by minigo's runtime under the symbol "time.<name>").
package time

// now returns the wall clock (CLOCK_REALTIME) as seconds and nanoseconds since
// 1970-01-01 00:00:00 UTC, and the monotonic clock (CLOCK_MONOTONIC) in
// nanoseconds, read together. Runtime primitive.
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the monotonic clock (CLOCK_MONOTONIC) in nanoseconds, as
// now's mono. Runtime primitive.
func runtimeNano() int64

// sleep parks the calling goroutine for at least ns > 0 nanoseconds (a runtime
// timer readies it; other goroutines run meanwhile). Runtime primitive.
func sleep(ns int64)

// A Time represents an instant in time with nanosecond precision.
//
// The zero value of type Time is January 1, year 1, 00:00:00.000000000 UTC.
// Times from Now also carry a monotonic clock reading; the comparisons and Sub
// use it when both operands have one, and Add keeps it. UTC, Local, Round and
// Truncate drop it. Use Equal rather than == to compare instants.
type Time struct {
	// The encoding is Go's. When the top bit of wall (hasMonotonic) is set, the
	// next 33 bits of wall hold the seconds since 1885-01-01 (wallEpoch), its low
	// 30 bits the nanoseconds, and ext the monotonic reading in nanoseconds since
	// the program started. Otherwise ext holds the seconds since 0001-01-01 and
	// wall only the nanoseconds.
	wall uint64
	ext  int64

	// loc is the Location, nil for UTC (as Go's, so that == on Times compares
	// it as Go's does).
	loc *Location
}

const (
	hasMonotonic = 1 << 63
	nsecBits     = 30
	nsecMask     = 1<<nsecBits - 1
	wallSecMax   = 1<<33 - 1

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// Days in a 400-year Gregorian cycle, a century without its 400th leap
	// year, and 4 years with their leap day.
	daysPer400Years = 365*400 + 97
	daysPer100Years = 365*100 + 24
	daysPer4Years   = 365*4 + 1

	// Seconds from 0001-01-01 (the zero Time) to 1970-01-01 (Unix time 0) and to
	// 1885-01-01 (the start of the packed wall seconds).
	unixEpoch int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	wallEpoch int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
	wallLast        = wallEpoch + wallSecMax
)

// startNano is the monotonic clock when the program started, less one, so that a
// monotonic reading is never 0.
var startNano int64 = runtimeNano() - 1

// Now returns the current time.
func Now() Time {
	sec, nsec, mono := now()
	s := sec + unixEpoch
	if s < wallEpoch || s > wallLast {
		// The wall seconds do not fit the packed form: no monotonic reading.
		return Time{uint64(nsec), s, Local}
	}
	return Time{hasMonotonic | uint64(s-wallEpoch)<<nsecBits | uint64(nsec), mono - startNano, Local}
}

// Since returns the time elapsed since t.
// It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	return monoNowFor(t).Sub(t)
}

// Until returns the duration until t.
// It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	return t.Sub(monoNowFor(t))
}

// monoNowFor returns the current time for a subtraction with t: when t has a
// monotonic reading, Sub uses nothing else, so only that clock is read.
func monoNowFor(t Time) Time {
	if t.wall&hasMonotonic != 0 {
		return Time{hasMonotonic, runtimeNano() - startNano, nil}
	}
	return Now()
}

// Unix returns the local Time corresponding to the given Unix time,
// sec seconds and nsec nanoseconds since January 1, 1970 UTC.
// It is valid to pass nsec outside the range [0, 999999999].
// Not all sec values have a corresponding time value. One such
// value is 1<<63-1 (the largest int64 value).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		carry := nsec / 1e9
		sec += carry
		nsec -= carry * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{uint64(nsec), sec + unixEpoch, Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// nsec returns t's nanoseconds within its second.
func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

// sec returns t's seconds since 0001-01-01.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallEpoch + int64(t.wall<<1>>(nsecBits+1))
	}
	return t.ext
}

// unixSec returns t's seconds since 1970-01-01.
func (t *Time) unixSec() int64 { return t.sec() - unixEpoch }

// stripMono drops t's monotonic reading, moving its seconds into ext.
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

// addSec adds n seconds to t's wall clock, keeping the packed form (and so the
// monotonic reading) while the result fits it; the unpacked seconds saturate
// instead of overflowing.
func (t *Time) addSec(n int64) {
	if t.wall&hasMonotonic != 0 {
		packed := int64(t.wall << 1 >> (nsecBits + 1))
		if s := packed + n; s >= 0 && s <= wallSecMax {
			t.wall = hasMonotonic | uint64(s)<<nsecBits | t.wall&nsecMask
			return
		}
		t.stripMono()
	}
	sum := t.ext + n
	switch {
	case (sum > t.ext) == (n > 0):
		t.ext = sum
	case n > 0:
		t.ext = 1<<63 - 1
	default:
		t.ext = -(1<<63 - 1)
	}
}

// IsZero reports whether t represents the zero time instant,
// January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec() == 0 && t.nsec() == 0
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	secs := int64(d / Second)
	nsec := t.nsec() + int32(d%Second)
	if nsec >= 1e9 {
		secs++
		nsec -= 1e9
	} else if nsec < 0 {
		secs--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(secs)
	if t.wall&hasMonotonic != 0 {
		m := t.ext + int64(d)
		if (d < 0 && m > t.ext) || (d > 0 && m < t.ext) {
			// The monotonic reading would overflow: keep the wall clock only.
			t.stripMono()
		} else {
			t.ext = m
		}
	}
	return t
}

// Sub returns the duration t-u. If the result exceeds the maximum (or minimum)
// value that can be stored in a Duration, the maximum (or minimum) duration
// will be returned.
// To compute t-d for a duration d, use t.Add(-d).
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		d := Duration(t.ext - u.ext)
		switch {
		case d < 0 && t.ext > u.ext:
			return maxDuration
		case d > 0 && t.ext < u.ext:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	// The computation may have overflowed: it is right exactly when u+d is t.
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// Unix returns t as a Unix time, the number of seconds elapsed
// since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as a Unix time, the number of milliseconds elapsed since
// January 1, 1970 UTC. The result is undefined if the Unix time in
// milliseconds cannot be represented by an int64.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

// UnixMicro returns t as a Unix time, the number of microseconds elapsed since
// January 1, 1970 UTC. The result is undefined if the Unix time in
// microseconds cannot be represented by an int64.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed
// since January 1, 1970 UTC. The result is undefined if the Unix time
// in nanoseconds cannot be represented by an int64.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time (UTC for minigo).
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// Truncate returns the result of rounding t down to a multiple of d (since the
// zero time), without t's monotonic clock reading. If d <= 0, Truncate returns
// t stripped of any monotonic clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceMultiple(d))
}

// Round returns the result of rounding t to the nearest multiple of d (since the
// zero time), without t's monotonic clock reading. Halfway values round up. If
// d <= 0, Round returns t stripped of any monotonic clock reading but otherwise
// unchanged.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.sinceMultiple(d)
	if belowHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
