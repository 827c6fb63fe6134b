// Escape analysis of calls into the standard library: the callee's parameter
// tags come from its own package (compiled separately), so what leaks through
// sort.Slice, strings, strconv, errors and io depends on the library's code.
// minigo's stdlib must carry the same tags as Go 1.19's for these to match.
package main

import (
	"errors"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) } // ERROR "b does not escape$"
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) } // ERROR "b does not escape$"
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] } // ERROR "b does not escape$" "byLen\.Swap ignoring self-assignment in b\[i\], b\[j\] = b\[j\], b\[i\]$"

var errNotFound = errors.New("not found")

// sort.Slice with a closure over the slice.
func sortInts(xs []int) { // ERROR "leaking param: xs$"
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] }) // ERROR "xs escapes to heap$" "func literal does not escape$"
}

// sort.Sort with a named slice type converted to sort.Interface.
func sortByLen(ss []string) { // ERROR "leaking param: ss$"
	sort.Sort(byLen(ss)) // ERROR "byLen\(ss\) escapes to heap$"
}

// sort.Ints and sort.SearchInts.
func search(xs []int, v int) int { // ERROR "leaking param: xs$"
	sort.Ints(xs)
	return sort.SearchInts(xs, v)
}

// strings functions: Split, Join, Contains, Repeat, Index.
func split(s string) int { // ERROR "leaking param: s$"
	return len(strings.Split(s, ","))
}

func join(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	return strings.Join(parts, "-")
}

func contains(s, sub string) bool { // ERROR "s does not escape$" "sub does not escape$"
	return strings.Contains(s, sub) && strings.Index(s, sub) >= 0
}

func repeat(s string) string { // ERROR "s does not escape$"
	return strings.Repeat(s, 3)
}

func trim(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.TrimSpace(s)
}

// strconv: Atoi, Quote, AppendInt into a local buffer.
func parse(s string) int { // ERROR "leaking param: s$"
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func quote(s string) string { // ERROR "s does not escape$"
	return strconv.Quote(s)
}

func appendInt(n int64) int {
	buf := make([]byte, 0, 20) // ERROR "make\(\[\]byte, 0, 20\) does not escape$"
	buf = strconv.AppendInt(buf, n, 10)
	return len(buf)
}

// errors.Is and errors.As.
func isNotFound(err error) bool { // ERROR "leaking param: err$"
	return errors.Is(err, errNotFound)
}

type codeError struct{ code int }

func (c *codeError) Error() string { return "code" } // ERROR "c does not escape$"

func asCode(err error) int { // ERROR "leaking param: err$"
	var ce *codeError // ERROR "moved to heap: ce$"
	if errors.As(err, &ce) {
		return ce.code
	}
	return 0
}

// io.Writer: writing a byte slice and a string to os.Stdout.
func write(w io.Writer, b []byte) { // ERROR "leaking param: w$" "leaking param: b$"
	w.Write(b)
}

func writeString(s string) { // ERROR "leaking param: s$"
	io.WriteString(os.Stdout, s)
}

// A strings.Reader over a parameter string read with io.ReadAll.
func readAll(s string) int { // ERROR "leaking param: s$"
	b, _ := io.ReadAll(strings.NewReader(s))
	return len(b)
}

func main() {
	sortInts([]int{3, 1, 2}) // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sortByLen([]string{"ccc", "a"}) // ERROR "\[\]string\{\.\.\.\} escapes to heap$"
	println(search([]int{3, 1}, 3), split("a,b"), join([]string{"x", "y"})) // ERROR "\[\]int\{\.\.\.\} escapes to heap$" "\[\]string\{\.\.\.\} does not escape$"
	println(contains("abc", "b"), repeat("ab"), trim(" t "), parse("12"), quote("q"))
	println(appendInt(42), isNotFound(errNotFound), asCode(&codeError{7})) // ERROR "&codeError\{\.\.\.\} escapes to heap$"
	write(os.Stdout, []byte("w\n")) // ERROR `\(\[\]byte\)\("w\\n"\) escapes to heap$`
	writeString("s\n")
	println(readAll("abc"))
}
