// Checks time.Date (with normalization), AddDate, ISOWeek, Format/AppendFormat with Go's layouts, Location, GoString and ParseDuration with its errors, for UTC times.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, "2006-01-02", "15:04:05.000", "Jan _2 __2 002 3:04pm", "Monday, 2 January 2006",
		"06/1/2 3:4:5 PM -07 -07:00 Z07 Z0700 MST", ".9 .99 ,000 .000000000 .999999999", "Monthly Janet _2006"}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	fmt.Println(string(t.AppendFormat([]byte("at "), time.Kitchen)), t.Format(""))

	// Normalization, leap years, extreme years.
	fmt.Println(time.Date(2021, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2022, 13, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2022, 1, 1, 25, 61, 61, 1e9+5, time.UTC), time.Date(2022, 1, 1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC), time.Date(12345, 6, 7, 8, 9, 10, 0, time.UTC))
	fmt.Println(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2038, 1, 19, 3, 14, 8, 0, time.UTC).Unix())

	// AddDate and calendar fields.
	d := time.Date(2011, time.January, 31, 12, 0, 0, 0, time.UTC)
	for _, a := range [][3]int{{0, 1, 0}, {0, 0, 1}, {1, 1, 1}, {-1, 2, 3}, {0, -12, 0}, {0, 0, 366}} {
		fmt.Println(a, d.AddDate(a[0], a[1], a[2]).Format("2006-01-02 Mon"))
	}
	for _, day := range []int{1, 2, 3, 4, 28, 29, 30, 31} {
		x := time.Date(2020, time.December, day, 0, 0, 0, 0, time.UTC)
		y, w := x.ISOWeek()
		fmt.Print(x.Format("Jan 2 Mon"), " ", y, "-W", w, " day ", x.YearDay(), "; ")
	}
	fmt.Println()

	// Locations: minigo's Local is UTC; these are the same in Go with TZ=UTC.
	fmt.Println(time.UTC, t.Location(), t.In(time.UTC).Location(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Location())
	fmt.Printf("%v %#v\n", t, t)
	name, off := t.Zone()
	fmt.Println(name, off, t.Equal(t.In(time.UTC)), t == t.UTC(), t.Add(90*time.Minute).Format(time.Kitchen))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
	}()

	// ParseDuration.
	for _, s := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "1µs", "1us", "2h45m0.5s", ".5s", "0", "+5s", "-0",
		"1x", "", "1", ".s", "1e3s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"3000000h", "1h1h1h1h1h", "5 s", "1\"s", "é"} {
		v, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, v, err)
	}
	dur, _ := time.ParseDuration("1h15m30.918273645s")
	fmt.Println(dur.Round(time.Millisecond), dur.Truncate(time.Minute), dur.Hours(), dur.Minutes())
}
