// Escape analysis of string and byte-slice operations: string(b), []byte(s),
// []rune(s), string(r), concatenation, comparisons and map lookups of converted
// bytes, range over []byte(s), substrings, strings.Builder and the strings and
// strconv packages.
package main

import (
	"strconv"
	"strings"
)

var sinkStr string
var sinkBytes []byte

// string(b) returned: the new string escapes.
func toString(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

// string(b) only compared: does not escape.
func equalsHello(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "hello" // ERROR "string\(b\) does not escape$"
}

// []byte(s) returned.
func toBytes(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

// []byte(s) used locally.
func countA(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

// range over []byte(s) directly.
func sumBytes(s string) int { // ERROR "s does not escape$"
	t := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$"
		t += int(c)
	}
	return t
}

// []rune(s) used locally and returned.
func runeCount(s string) int { // ERROR "s does not escape$"
	return len([]rune(s)) // ERROR "\(\[\]rune\)\(s\) does not escape$"
}

func toRunes(s string) []rune { // ERROR "s does not escape$"
	return []rune(s) // ERROR "\(\[\]rune\)\(s\) escapes to heap$"
}

// string(r) from a rune.
func runeString(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func runeLocal(r rune) int {
	return len(string(r)) // ERROR "string\(r\) does not escape$"
}

// Concatenation: returned, stored, local.
func concat(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func concatStore(a, b string) { // ERROR "a does not escape$" "b does not escape$"
	sinkStr = a + "-" + b // ERROR `a \+ "-" \+ b escapes to heap$`
}

func concatLen(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

// Substrings keep the parameter's pointer.
func prefix(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[:1]
}

// Storing a byte slice parameter.
func keepBytes(b []byte) { // ERROR "leaking param: b$"
	sinkBytes = b
}

// A strings.Builder local.
func build(parts []string) string { // ERROR "parts does not escape$"
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

// Standard library calls: their parameters are analysed in their own package.
func upper(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func fields(s string) int { // ERROR "leaking param: s$"
	return len(strings.Fields(s))
}

// string(b) as a map key and in a switch.
func kind(b []byte) int { // ERROR "b does not escape$"
	switch string(b) { // ERROR "string\(b\) does not escape$"
	case "a":
		return 1
	case "b":
		return 2
	}
	return 0
}

// Concatenation compared only.
func joinedIs(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a+b == "ab" // ERROR "a \+ b does not escape$"
}

// string(b[i:j]) of a slice expression.
func middle(b []byte) string { // ERROR "b does not escape$"
	return string(b[1:3]) // ERROR "string\(b\[1:3\]\) escapes to heap$"
}

// Converting a constant string to bytes.
func constBytes() int {
	b := []byte("constant") // ERROR `\(\[\]byte\)\("constant"\) does not escape$`
	return len(b)
}

func main() {
	println(toString([]byte("x")), equalsHello([]byte("hello")), len(toBytes("ab"))) // ERROR `\(\[\]byte\)\("x"\) does not escape$` `\(\[\]byte\)\("hello"\) does not escape$`
	println(countA("banana"), sumBytes("ab"), runeCount("héllo"), len(toRunes("ab")))
	println(runeString('x'), runeLocal('y'), concat("a", "b"), concatLen("a", "b"))
	concatStore("x", "y")
	println(prefix("abc"))
	keepBytes([]byte("k")) // ERROR `\(\[\]byte\)\("k"\) escapes to heap$`
	println(build([]string{"a", "b"}), upper("up"), itoa(12), fields("a b")) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	println(kind([]byte("a")), joinedIs("a", "b"), middle([]byte("abcd")), constBytes()) // ERROR `\(\[\]byte\)\("a"\) does not escape$` `\(\[\]byte\)\("abcd"\) does not escape$`
}
