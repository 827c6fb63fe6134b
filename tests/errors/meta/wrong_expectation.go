// Meta test of the harness, run with --expect-failure: the ERROR regexp below
// deliberately does NOT match the error Go reports on that line ("undefined: y"),
// so errorcheck.py must FAIL on this file. If it ever passes, the harness is
// not really comparing messages and every errors/ test is suspect.
package main

func main() {
	x := 1
	x = y // ERROR "undefined: z$"
	_ = x
}
