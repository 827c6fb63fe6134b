package compare

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"

	mtime "mstd/time"
)

// randDuration returns durations of every magnitude, round ones often.
func randDuration(r *rand.Rand) int64 {
	units := []int64{1, 1e3, 1e6, 1e9, 60e9, 3600e9}
	var d int64
	switch r.Intn(6) {
	case 0:
		d = r.Int63() >> uint(r.Intn(63))
	case 1:
		d = int64(r.Intn(1000)) * units[r.Intn(len(units))]
	case 2:
		d = int64(r.Intn(100))*units[r.Intn(len(units))] + int64(r.Intn(100))*units[r.Intn(len(units))]
	case 3:
		d = int64(r.Uint64())
	case 4:
		specials := []int64{0, 1, 999, 1000, 999999, 1e6, 999999999, 1e9, 1e9 + 1, 59999999999, 60e9, 3600e9 - 1, 3600e9,
			math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1500e6, 500e6}
		d = specials[r.Intn(len(specials))]
	case 5:
		d = r.Int63n(10 * 3600e9)
	}
	if r.Intn(3) == 0 {
		d = -d
	}
	return d
}

func TestTimeDuration(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	// The documented examples and the constants.
	for _, want := range []struct {
		d mtime.Duration
		s string
	}{{1500 * mtime.Millisecond, "1.5s"}, {2*mtime.Minute + 500*mtime.Millisecond, "2m0.5s"}, {0, "0s"},
		{mtime.Hour + 2*mtime.Minute + 3*mtime.Second + 4*mtime.Nanosecond, "1h2m3.000000004s"}} {
		c.check(want.d.String() == want.s, "%d.String() = %q, want %q", int64(want.d), want.d.String(), want.s)
	}
	c.check(int64(mtime.Nanosecond) == int64(time.Nanosecond) && int64(mtime.Microsecond) == int64(time.Microsecond) &&
		int64(mtime.Millisecond) == int64(time.Millisecond) && int64(mtime.Second) == int64(time.Second) &&
		int64(mtime.Minute) == int64(time.Minute) && int64(mtime.Hour) == int64(time.Hour), "unit constants")

	r := newRand()
	for i := 0; i < n(300000); i++ {
		v := randDuration(r)
		d, m := time.Duration(v), mtime.Duration(v)
		c.check(d.String() == m.String(), "Duration(%d).String() = %q, want %q", v, m.String(), d.String())
		c.check(d.Nanoseconds() == m.Nanoseconds() && d.Microseconds() == m.Microseconds() && d.Milliseconds() == m.Milliseconds(),
			"Duration(%d) integer conversions", v)
		c.check(math.Float64bits(d.Seconds()) == math.Float64bits(m.Seconds()) &&
			math.Float64bits(d.Minutes()) == math.Float64bits(m.Minutes()) &&
			math.Float64bits(d.Hours()) == math.Float64bits(m.Hours()), "Duration(%d) float conversions", v)
		c.check(int64(d.Abs()) == int64(m.Abs()), "Duration(%d).Abs()", v)
		u := randDuration(r)
		if r.Intn(2) == 0 {
			u = int64(r.Intn(5000)) * []int64{1, 1e3, 1e6, 1e9}[r.Intn(4)]
		}
		c.check(int64(d.Round(time.Duration(u))) == int64(m.Round(mtime.Duration(u))), "Duration(%d).Round(%d) = %d, want %d", v, u, int64(m.Round(mtime.Duration(u))), int64(d.Round(time.Duration(u))))
		c.check(int64(d.Truncate(time.Duration(u))) == int64(m.Truncate(mtime.Duration(u))), "Duration(%d).Truncate(%d)", v, u)
	}
	// Every value up to ten microseconds and around unit boundaries.
	for v := int64(-10000); v <= 10000; v++ {
		for _, base := range []int64{0, 1e6, 1e9, 60e9, 3600e9} {
			d, m := time.Duration(base+v), mtime.Duration(base+v)
			c.check(d.String() == m.String(), "Duration(%d).String() = %q, want %q", base+v, m.String(), d.String())
		}
	}
}

func TestTimeMonthWeekday(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	for v := -30; v <= 30; v++ {
		c.check(time.Month(v).String() == mtime.Month(v).String(), "Month(%d) = %q, want %q", v, mtime.Month(v).String(), time.Month(v).String())
		c.check(time.Weekday(v).String() == mtime.Weekday(v).String(), "Weekday(%d) = %q, want %q", v, mtime.Weekday(v).String(), time.Weekday(v).String())
	}
	for _, v := range []int{math.MaxInt64, math.MinInt64, 1 << 40, -(1 << 40)} {
		c.check(time.Month(v).String() == mtime.Month(v).String(), "Month(%d)", v)
		c.check(time.Weekday(v).String() == mtime.Weekday(v).String(), "Weekday(%d)", v)
	}
	c.check(int(mtime.January) == 1 && int(mtime.December) == 12 && int(mtime.Sunday) == 0 && int(mtime.Saturday) == 6, "constants")
}

// randUnix returns Unix times from 1885 to 2157 (where Go can keep a monotonic
// reading) mostly, and from a much wider range.
func randUnix(r *rand.Rand) (int64, int64) {
	var sec int64
	switch r.Intn(4) {
	case 0:
		sec = r.Int63n(1<<33) - 2682374400 // 1885-01-01 + [0, 2^33) s
	case 1:
		sec = r.Int63n(1<<40) - 1<<39
	case 2:
		sec = r.Int63n(1<<61) - 1<<60
	case 3:
		sec = []int64{0, -1, 1, -62135596800, -62135596801, 253402300799, 253402300800, 951782400, 951868800, 4107542400}[r.Intn(10)] + int64(r.Intn(3)-1)*86400
	}
	nsec := int64(r.Intn(1e9))
	switch r.Intn(4) {
	case 0:
		nsec = 0
	case 1:
		nsec = int64(r.Intn(1000)) * 1e6
	case 2:
		nsec = r.Int63n(4e9) - 2e9 // out of range: normalized by Unix
	}
	return sec, nsec
}

// timeText describes a time by everything this package computes about it.
func timeText(year int, month string, day, yday int, wd string, h, mi, s, ns int, unix, milli, micro, nano int64, zero bool) string {
	return strings.Join([]string{strconv.Itoa(year), month, strconv.Itoa(day), strconv.Itoa(yday), wd, strconv.Itoa(h),
		strconv.Itoa(mi), strconv.Itoa(s), strconv.Itoa(ns), strconv.FormatInt(unix, 10), strconv.FormatInt(milli, 10),
		strconv.FormatInt(micro, 10), strconv.FormatInt(nano, 10), strconv.FormatBool(zero)}, " ")
}

func goText(t time.Time) string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	c := timeText(y, mo.String(), d, t.YearDay(), t.Weekday().String(), h, mi, s, t.Nanosecond(), t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.IsZero())
	c2 := timeText(t.Year(), t.Month().String(), t.Day(), t.YearDay(), t.Weekday().String(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), 0, 0, 0, 0, false)
	return c + " | " + c2 + " | " + t.String()
}

func mText(t mtime.Time) string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	c := timeText(y, mo.String(), d, t.YearDay(), t.Weekday().String(), h, mi, s, t.Nanosecond(), t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.IsZero())
	c2 := timeText(t.Year(), t.Month().String(), t.Day(), t.YearDay(), t.Weekday().String(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), 0, 0, 0, 0, false)
	return c + " | " + c2 + " | " + t.String()
}

func TestTimeWall(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	c.check(goText(time.Time{}) == mText(mtime.Time{}), "zero Time: %s, want %s", mText(mtime.Time{}), goText(time.Time{}))
	r := newRand()
	for i := 0; i < n(100000); i++ {
		sec, nsec := randUnix(r)
		g, m := time.Unix(sec, nsec).UTC(), mtime.Unix(sec, nsec)
		c.check(goText(g) == mText(m), "Unix(%d, %d): %s, want %s", sec, nsec, mText(m), goText(g))
		ms, us := r.Int63()-1<<62, r.Int63()-1<<62
		c.check(goText(time.UnixMilli(ms).UTC()) == mText(mtime.UnixMilli(ms)), "UnixMilli(%d)", ms)
		c.check(goText(time.UnixMicro(us).UTC()) == mText(mtime.UnixMicro(us)), "UnixMicro(%d)", us)

		// Arithmetic.
		d := randDuration(r)
		ga, ma := g.Add(time.Duration(d)), m.Add(mtime.Duration(d))
		c.check(goText(ga) == mText(ma), "Unix(%d, %d).Add(%d): %s, want %s", sec, nsec, d, mText(ma), goText(ga))
		sec2, nsec2 := randUnix(r)
		if r.Intn(2) == 0 {
			sec2, nsec2 = sec+int64(r.Intn(5)-2), nsec+int64(r.Intn(5)-2)
		}
		g2, m2 := time.Unix(sec2, nsec2).UTC(), mtime.Unix(sec2, nsec2)
		c.check(int64(g.Sub(g2)) == int64(m.Sub(m2)), "Sub(%d.%d, %d.%d) = %d, want %d", sec, nsec, sec2, nsec2, int64(m.Sub(m2)), int64(g.Sub(g2)))
		c.check(g.Before(g2) == m.Before(m2) && g.After(g2) == m.After(m2) && g.Equal(g2) == m.Equal(m2) && g.Equal(g) && m.Equal(m),
			"Before/After/Equal(%d.%d, %d.%d)", sec, nsec, sec2, nsec2)

		// Rounding to multiples of d since the zero time.
		rd := d
		switch r.Intn(3) {
		case 0:
			rd = int64(r.Intn(100)) * []int64{1, 1e3, 1e6, 1e9, 60e9, 3600e9, 86400e9}[r.Intn(7)]
		case 1:
			rd = r.Int63n(1e12)
		}
		c.check(goText(g.Round(time.Duration(rd))) == mText(m.Round(mtime.Duration(rd))), "Unix(%d, %d).Round(%d): %s, want %s",
			sec, nsec, rd, mText(m.Round(mtime.Duration(rd))), goText(g.Round(time.Duration(rd))))
		c.check(goText(g.Truncate(time.Duration(rd))) == mText(m.Truncate(mtime.Duration(rd))), "Unix(%d, %d).Truncate(%d): %s, want %s",
			sec, nsec, rd, mText(m.Truncate(mtime.Duration(rd))), goText(g.Truncate(time.Duration(rd))))
	}
}

// TestTimeMonotonic builds minigo times with the same wall and monotonic readings as
// real ones (through the shim's clock hook) and compares what they compute.
func TestTimeMonotonic(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	defer func() { mtime.ShimNow = nil }()
	r := newRand()

	// mirror returns a minigo Time equal to g (taken from time.Now, possibly moved by
	// Add): same wall clock and same monotonic reading (read from g's String).
	mirror := func(g time.Time) (mtime.Time, bool) {
		s := g.String()
		k := strings.Index(s, " m=")
		if k < 0 {
			return mtime.Time{}, false
		}
		text := s[k+3:] // "+12.000000345" or "-0.5..."
		neg := text[0] == '-'
		dot := strings.IndexByte(text, '.')
		whole, _ := strconv.ParseInt(text[1:dot], 10, 64)
		frac, _ := strconv.ParseInt(text[dot+1:], 10, 64)
		m := whole*1e9 + frac
		if neg {
			m = -m
		}
		sec, nsec := g.Unix(), int32(g.Nanosecond())
		mtime.ShimNow = func() (int64, int32, int64) { return sec, nsec, mtime.ShimStartNano() + m }
		mt := mtime.Now()
		mtime.ShimNow = nil
		return mt, true
	}

	_, off := time.Now().Zone()
	localUTC := off == 0 && time.Now().Location().String() == "Local" && func() bool { n, _ := time.Now().Zone(); return n == "UTC" }()
	base := time.Now()
	for i := 0; i < n(50000); i++ {
		var d1, d2 int64
		switch r.Intn(4) {
		case 0:
			d1, d2 = r.Int63n(2e9)-1e9, r.Int63n(2e9)-1e9
		case 1:
			d1, d2 = randDuration(r), randDuration(r)
		case 2:
			d1 = r.Int63n(60 * 365 * 86400e9) // up to 60 years ahead: seconds of m= beyond 1e9
			d2 = d1 + r.Int63n(3) - 1
		case 3:
			d1 = -int64(r.Intn(20)) * 1e9
			d2 = int64(r.Intn(3)-1) * int64(r.Intn(1000))
		}
		g1, g2 := base.Add(time.Duration(d1)), base.Add(time.Duration(d2))
		m1, ok1 := mirror(g1)
		m2, ok2 := mirror(g2)
		if !ok1 || !ok2 {
			continue // the real Add dropped the monotonic reading: nothing to mirror
		}
		if localUTC {
			c.check(g1.String() == m1.String(), "String: %s, want %s", m1.String(), g1.String())
		}
		c.check(g1.UTC().String() == m1.UTC().String() && g1.Round(0).UTC().String() == m1.Round(0).String(),
			"UTC: %s, want %s", m1.UTC().String(), g1.UTC().String())
		c.check(int64(g1.Sub(g2)) == int64(m1.Sub(m2)) && int64(g2.Sub(g1)) == int64(m2.Sub(m1)), "Sub(%d, %d)", d1, d2)
		c.check(g1.Before(g2) == m1.Before(m2) && g1.After(g2) == m1.After(m2) && g1.Equal(g2) == m1.Equal(m2), "Before/After/Equal(%d, %d)", d1, d2)
		// Mixed: the monotonic readings are ignored when only one side has one.
		c.check(int64(g1.Sub(g2.UTC())) == int64(m1.Sub(m2.UTC())) && g1.Before(g2.UTC()) == m1.Before(m2.UTC()) &&
			g1.Equal(g2.Round(0)) == m1.Equal(m2.Round(0)), "mixed (%d, %d)", d1, d2)
		d := randDuration(r)
		ga, ma := g1.Add(time.Duration(d)), m1.Add(mtime.Duration(d))
		_, gHas := mirror(ga)
		if localUTC {
			c.check(ga.String() == ma.String(), "Add(%d): %s, want %s", d, ma.String(), ga.String())
		}
		c.check(gHas == strings.Contains(ma.String(), " m="), "Add(%d) keeps the monotonic reading: %v", d, gHas)
		c.check(ga.UTC().String() == ma.UTC().String() && int64(ga.Sub(g1)) == int64(ma.Sub(m1)), "Add(%d): %s, want %s", d, ma.UTC().String(), ga.UTC().String())
	}

	// The real clocks.
	t0 := mtime.Now()
	g0 := time.Now()
	c.check(strings.Contains(t0.String(), " m=+"), "Now has a monotonic reading: %s", t0.String())
	diff := t0.UnixNano() - g0.UnixNano()
	c.check(diff > -1e9 && diff < 1e9, "Now: %v vs %v", t0, g0)
	c.check(t0.Year() >= 2023 && t0.Year() == g0.UTC().Year(), "Now().Year() = %d", t0.Year())
	mtime.Sleep(20 * mtime.Millisecond)
	el := mtime.Since(t0)
	gel := time.Since(g0)
	c.check(el >= 20*mtime.Millisecond && el < 5*mtime.Second && gel >= 20*time.Millisecond, "Sleep(20ms), Since = %v", el)
	c.check(mtime.Until(t0) <= -el && mtime.Now().After(t0) && t0.Before(mtime.Now()), "Until, After, Before")
	c.check(mtime.Now().Sub(t0) >= el, "Now().Sub")
	start := time.Now()
	mtime.Sleep(0)
	mtime.Sleep(-5 * mtime.Second)
	c.check(time.Since(start) < 100*time.Millisecond, "Sleep(<=0) returns at once")
	t1 := mtime.Now().UTC()
	mtime.Sleep(mtime.Millisecond)
	c.check(mtime.Since(t1) >= mtime.Millisecond && mtime.Until(t1) <= -mtime.Millisecond, "Since/Until without monotonic reading")
}

// randDateArgs returns arguments for Date: mostly ordinary dates, often with
// fields out of their ranges (normalized by Date), sometimes extreme.
func randDateArgs(r *rand.Rand) (y, mo, d, h, mi, s, ns int) {
	y = 1970 + r.Intn(200) - 100
	switch r.Intn(6) {
	case 0:
		y = r.Intn(20000) - 10000
	case 1:
		y = int(r.Int63n(1<<40)) - 1<<39
	case 2:
		y = []int{0, 1, -1, 1600, 1900, 2000, 2100, 2400, 9999, 10000, -292277022399, 292277026596}[r.Intn(12)]
	}
	mo, d, h, mi, s, ns = 1+r.Intn(12), 1+r.Intn(31), r.Intn(24), r.Intn(60), r.Intn(60), r.Intn(1e9)
	if r.Intn(3) == 0 {
		mo, d, h, mi, s = r.Intn(40)-14, r.Intn(800)-400, r.Intn(100)-50, r.Intn(200)-100, r.Intn(200)-100
		ns = int(r.Int63n(1e11)) - 5e10
	}
	if r.Intn(50) == 0 {
		ns = int(r.Uint64())
	}
	return
}

func TestTimeDate(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	for i := 0; i < n(100000); i++ {
		y, mo, d, h, mi, s, ns := randDateArgs(r)
		g := time.Date(y, time.Month(mo), d, h, mi, s, ns, time.UTC)
		m := mtime.Date(y, mtime.Month(mo), d, h, mi, s, ns, mtime.UTC)
		c.check(goText(g) == mText(m), "Date(%d, %d, %d, %d, %d, %d, %d, UTC): %s, want %s", y, mo, d, h, mi, s, ns, mText(m), goText(g))
		ml := mtime.Date(y, mtime.Month(mo), d, h, mi, s, ns, mtime.Local)
		c.check(mText(ml) == mText(m) && ml.Location().String() == "Local" && m.Location().String() == "UTC" &&
			ml.Location() == mtime.Local && m.Location() == mtime.UTC, "Date(..., Local)")
		c.check(g.GoString() == m.GoString(), "GoString: %s, want %s", m.GoString(), g.GoString())
		gy, gw := g.ISOWeek()
		my, mw := m.ISOWeek()
		c.check(gy == my && gw == mw, "ISOWeek of %s: %d %d, want %d %d", goText(g), my, mw, gy, gw)

		dy, dm, dd := r.Intn(21)-10, r.Intn(41)-20, r.Intn(801)-400
		if r.Intn(10) == 0 {
			dy, dm, dd = int(r.Int63n(1<<32))-1<<31, r.Intn(1e6)-5e5, r.Intn(1e8)-5e7
		}
		ga, ma := g.AddDate(dy, dm, dd), m.AddDate(dy, dm, dd)
		c.check(goText(ga) == mText(ma), "%s.AddDate(%d, %d, %d): %s, want %s", goText(g), dy, dm, dd, mText(ma), goText(ga))
		c.check(ml.AddDate(dy, dm, dd).Location() == mtime.Local, "AddDate keeps the Location")
	}
	// Locations and their names.
	c.check(mtime.UTC.String() == time.UTC.String() && mtime.Local.String() == time.Local.String(), "Location names")
	var nilLoc *mtime.Location
	c.check(nilLoc.String() == "UTC", "(*Location)(nil).String()")
	u := mtime.Unix(1e9, 5)
	c.check(u.Location() == mtime.Local && u.UTC().Location() == mtime.UTC && u.In(mtime.UTC).Location() == mtime.UTC &&
		(mtime.Time{}).Location() == mtime.UTC && mtime.Now().Location() == mtime.Local, "Location()")
	c.check((u == u.UTC()) == (time.Unix(1e9, 5) == time.Unix(1e9, 5).UTC()) && (u.UTC() == u.In(mtime.UTC)) &&
		u.Local() == u && u.UTC().Equal(u), "== compares the Location, as Go's")
	name, off := u.Zone()
	gname, goff := time.Unix(1e9, 5).UTC().Zone()
	c.check(name == gname && off == goff, "Zone: %s %d, want %s %d", name, off, gname, goff)
	for _, f := range []func(){
		func() { mtime.Date(2000, 1, 1, 0, 0, 0, 0, nil) },
		func() { u.In(nil) },
	} {
		msg := func() (v any) {
			defer func() { v = recover() }()
			f()
			return nil
		}()
		c.check(msg == "time: missing Location in call to Date" || msg == "time: missing Location in call to Time.In", "panic %v", msg)
	}
	c.check(mtime.Now().Location() == mtime.Local && mtime.Now().UTC().Location() == mtime.UTC, "Now's Location")
}

// layoutPieces are the elements of layouts and literal text around them.
var layoutPieces = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "Mon", "Monday",
	"15", "03", "3", "04", "4", "05", "5", "PM", "pm", "MST", "Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00",
	"-0700", "-07:00", "-07", "-070000", "-07:00:00", ".000", ".9", ".999999999", ",000", ",999", ".0000000000", ".99999999999",
	"_2006", " ", "-", ":", "/", "T", "Z", ".", ",", "Janet", "Month", "Monthly", "Jan2", "0", "00", "7", "9", "_", "__", "x", "µ",
	".00a", ".991", "J", "M", "P", "p", "MS"}

func TestTimeFormat(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, "", "2006-01-02 15:04:05.999999999 -0700 MST"}
	mlayouts := []string{mtime.Layout, mtime.ANSIC, mtime.UnixDate, mtime.RubyDate, mtime.RFC822, mtime.RFC822Z, mtime.RFC850,
		mtime.RFC1123, mtime.RFC1123Z, mtime.RFC3339, mtime.RFC3339Nano, mtime.Kitchen, mtime.Stamp, mtime.StampMilli,
		mtime.StampMicro, mtime.StampNano}
	for i, l := range mlayouts {
		c.check(l == layouts[i], "layout constant %q, want %q", l, layouts[i])
	}
	for i := 0; i < n(100000); i++ {
		var g time.Time
		var m mtime.Time
		if r.Intn(2) == 0 {
			sec, nsec := randUnix(r)
			g, m = time.Unix(sec, nsec).UTC(), mtime.Unix(sec, nsec)
		} else {
			y, mo, d, h, mi, s, ns := randDateArgs(r)
			g, m = time.Date(y, time.Month(mo), d, h, mi, s, ns, time.UTC), mtime.Date(y, mtime.Month(mo), d, h, mi, s, ns, mtime.UTC)
		}
		if r.Intn(4) == 0 {
			ns := []int{0, 1, 10, 100000, 120000000, 999999999, 500000000}[r.Intn(7)]
			g, m = g.Add(time.Duration(ns-g.Nanosecond())), m.Add(mtime.Duration(ns-m.Nanosecond()))
		}
		layout := layouts[r.Intn(len(layouts))]
		if r.Intn(2) == 0 {
			layout = ""
			for k := r.Intn(8); k >= 0; k-- {
				layout += layoutPieces[r.Intn(len(layoutPieces))]
			}
		}
		gs, ms := g.Format(layout), m.Format(layout)
		c.check(gs == ms, "Format(%q) of %s: %q, want %q", layout, goText(g), ms, gs)
		c.check(string(m.AppendFormat([]byte("x"), layout)) == "x"+gs, "AppendFormat(%q)", layout)
		c.check(m.Local().Format(layout) == ms, "Local().Format(%q)", layout)
	}
}

func TestTimeParseDuration(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	check := func(s string) {
		gd, gerr := time.ParseDuration(s)
		md, merr := mtime.ParseDuration(s)
		ok := int64(gd) == int64(md) && (gerr == nil) == (merr == nil)
		if ok && gerr != nil {
			ok = gerr.Error() == merr.Error()
		}
		c.check(ok, "ParseDuration(%q) = %d, %v; want %d, %v", s, int64(md), merr, int64(gd), gerr)
	}
	for _, s := range []string{"", "0", "+0", "-0", "1", "1s", "-1s", "+1s", "1.5h", "1.h", ".5m", ".", ".s", "-.s", "1x", "1e3s",
		"300ms", "-1.5h", "2h45m", "1us", "1µs", "1μs", "1ns", "1m1m", "1h1h1h", "9223372036854775807ns", "9223372036854775808ns",
		"-9223372036854775808ns", "-9223372036854775809ns", "2562047h47m16.854775807s", "2562047h47m16.854775808s",
		"-2562047h47m16.854775808s", "0.000000001s", "0.0000000001s", "1.0000000000000000000000001s", "3000000h",
		"18446744073709551616ns", "1\xffs", "\xff", "1\"s", "1\\s", "1\x00s", "1\u00e9", "1\ufffds", "1 s", " 1s", "1s ",
		"1.5.5s", "1..5s", "00001s", "1S", "1H", "1sm", "1ss", "99999999999999999999h", "0.99999999999999999999h"} {
		check(s)
	}
	units := []string{"ns", "us", "µs", "μs", "ms", "s", "m", "h"}
	alphabet := "0123456789.-+nsuµμmhx \xff"
	for i := 0; i < n(200000); i++ {
		var s string
		switch r.Intn(3) {
		case 0:
			s = time.Duration(randDuration(r)).String()
		case 1:
			if r.Intn(4) == 0 {
				s = "-"
			}
			for k := r.Intn(4); k >= 0; k-- {
				s += strconv.FormatInt(r.Int63n(1<<uint(r.Intn(63))), 10)
				if r.Intn(2) == 0 {
					s += "." + strconv.FormatInt(r.Int63n(1<<uint(r.Intn(63))), 10)
				}
				s += units[r.Intn(len(units))]
			}
		case 2:
			for k := r.Intn(10); k >= 0; k-- {
				s += string(alphabet[r.Intn(len(alphabet))])
			}
		}
		check(s)
	}
}
