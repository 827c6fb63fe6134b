// Checks time.Duration constants, arithmetic, String() formatting, unit conversions and truncation (no clock reads).
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(time.Duration(0), time.Nanosecond, 1500*time.Microsecond, 2*time.Second+300*time.Millisecond)
	fmt.Println(time.Duration(1), time.Duration(999), time.Duration(1001), -5*time.Second)
	total := time.Duration(0)
	for _, ms := range []int{250, 750, 1200} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total, total.Seconds(), total.Milliseconds())
	fmt.Println(total.Truncate(time.Second), total.Round(time.Second), (26 * time.Hour).String())
	fmt.Println(d/time.Second, int64(d/time.Millisecond), d%time.Hour)
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, 3*time.Hour+2*time.Nanosecond, d)
	var timeout time.Duration = 1<<63 - 1
	fmt.Println(timeout)
	fmt.Println(time.Duration(-1<<63), time.Hour > time.Minute)
}
