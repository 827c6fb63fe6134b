package time

// A Location maps time instants to the zone in use at that time. minigo has two:
// UTC and Local, which is UTC too (see the package comment).
type Location struct {
	name string
}

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local"}

// Local represents the system's local time zone: UTC for minigo.
var Local *Location = &localLoc

// get returns l, or UTC for nil (a Time's nil loc).
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// setLoc sets t's location, nil for UTC, and drops its monotonic reading.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// In returns a copy of t representing the same time instant, but
// with the copy's location information set to loc for display
// purposes.
//
// In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t, returning the abbreviated
// name of the zone (such as "CET") and its offset in seconds east of UTC: "UTC"
// and 0 in minigo.
func (t Time) Zone() (name string, offset int) {
	return "UTC", 0
}

// norm returns hi and lo moved so that lo is in [0, base): hi absorbs the
// multiples of base (as Go's, wrapping around on overflow).
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// daysSinceAbsolute returns the days from the absolute epoch (see calendar.go)
// to January 1 of year, in uint64 arithmetic (wrapping as Go's for years outside
// the representable range).
func daysSinceAbsolute(year int) uint64 {
	y := uint64(int64(year) - absoluteYear)
	d := y / 400 * daysPer400Years
	y %= 400
	d += y / 100 * daysPer100Years
	y %= 100
	d += y / 4 * daysPer4Years
	y %= 4
	return d + 365*y
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in the appropriate zone for that time in the given location.
//
// The month, day, hour, min, sec, and nsec values may be outside
// their usual ranges and will be normalized during the conversion.
// For example, October 32 converts to November 1.
//
// Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	d := daysSinceAbsolute(year) + uint64(daysBefore[month-1])
	if isLeap(year) && month >= March {
		d++ // February 29
	}
	d += uint64(day - 1)
	abs := d*secondsPerDay + uint64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix := int64(abs - unixToAbsolute)
	t := Time{uint64(nsec), unix + unixEpoch, nil}
	t.setLoc(loc)
	return t
}

// AddDate returns the time corresponding to adding the
// given number of years, months, and days to t.
// For example, AddDate(-1, 2, 3) applied to January 1, 2011
// returns March 4, 2010.
//
// AddDate normalizes its result in the same way that Date does,
// so, for example, adding one month to October 31 yields
// December 1, the normalized form for November 31.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to
// week 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1
// of year n+1.
func (t Time) ISOWeek() (year, week int) {
	// An ISO week runs from Monday to Sunday and belongs to the year of its
	// Thursday: move to that Thursday.
	abs := t.abs()
	wd := int(t.Weekday())
	if wd == int(Sunday) {
		wd = 7
	}
	abs += uint64(int(Thursday)-wd) * secondsPerDay
	year, yday, _, _ := civil(abs)
	return year, yday/7 + 1
}

// GoString implements fmt.GoStringer and formats t to be printed in Go source
// code.
func (t Time) GoString() string {
	year, _, month, day := civil(t.abs())
	hour, min, sec := t.Clock()
	b := make([]byte, 0, 72)
	b = append(b, "time.Date("...)
	b = appendPadded(b, year, 0)
	if month >= January && month <= December {
		b = append(b, ", time."...)
		b = append(b, month.String()...)
	} else {
		b = appendPadded(b, int(month), 0)
	}
	for _, v := range [...]int{day, hour, min, sec, int(t.nsec())} {
		b = append(b, ", "...)
		b = appendPadded(b, v, 0)
	}
	if t.loc == Local {
		b = append(b, ", time.Local)"...)
	} else {
		b = append(b, ", time.UTC)"...)
	}
	return string(b)
}
