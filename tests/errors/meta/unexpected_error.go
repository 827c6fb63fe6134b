// Meta test of the harness, run with --expect-failure: the program has one real
// error ("undefined: y") and no ERROR comment anywhere, so errorcheck.py must
// FAIL on this file because of the unexpected error. If it ever passes, the
// harness is ignoring errors that no expectation asked for.
package main

func main() {
	x := 1
	x = y
	_ = x
}
