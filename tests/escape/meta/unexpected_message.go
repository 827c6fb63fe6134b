// Meta test: the harness must reject this file (errorcheck.py --escape
// --expect-failure): Go reports "leaking param: p" for store's parameter, and
// no expectation covers it.
package main

var sink *int

func store(p *int) {
	sink = p
}

func main() {
	store(new(int)) // ERROR "new\(int\) escapes to heap$"
}
