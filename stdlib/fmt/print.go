// Package fmt implements formatted output, as Go's fmt package does, for the values
// minigo programs print so far: booleans, integers of every size, strings and nil.
// Formatting a value of any other type panics with a message saying so, rather than
// printing something Go would not print.
//
// Each call formats its whole output into one string and writes it with a single
// write to standard output, as Go's fmt does.
package fmt

// writeString writes s to standard output and returns the number of bytes written.
// It is provided by the runtime (runtime/stdout.cpp).
func writeString(s string) int

// Println formats its operands in their default formats, adds spaces between them
// and a newline at the end, and writes the result to standard output. It returns the
// number of bytes written.
func Println(a ...any) (n int, err error) {
	s := ""
	for i, arg := range a {
		if i > 0 {
			s += " "
		}
		s += format(arg)
	}
	s += "\n"
	return writeString(s), nil
}

// Print formats its operands in their default formats and writes the result to
// standard output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	s := ""
	prevString := false
	for i, arg := range a {
		_, isString := arg.(string)
		if i > 0 && !isString && !prevString {
			s += " "
		}
		s += format(arg)
		prevString = isString
	}
	return writeString(s), nil
}

// format returns the default format (%v) of arg.
func format(arg any) string {
	switch v := arg.(type) {
	case nil:
		return "<nil>"
	case bool:
		if v {
			return "true"
		}
		return "false"
	case string:
		return v
	case int:
		return itoa(int64(v))
	case int8:
		return itoa(int64(v))
	case int16:
		return itoa(int64(v))
	case int32:
		return itoa(int64(v))
	case int64:
		return itoa(v)
	case uint:
		return utoa(uint64(v))
	case uint8:
		return utoa(uint64(v))
	case uint16:
		return utoa(uint64(v))
	case uint32:
		return utoa(uint64(v))
	case uint64:
		return utoa(v)
	case uintptr:
		return utoa(uint64(v))
	}
	panic("fmt: formatting this type is not supported yet (see docs/LANGUAGE.md)")
}

// itoa returns the decimal representation of v.
func itoa(v int64) string {
	if v < 0 {
		// -v wraps for the most negative value, whose magnitude uint64 holds exactly.
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

// utoa returns the decimal representation of v.
func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	s := ""
	for v > 0 {
		s = string(rune('0'+v%10)) + s
		v /= 10
	}
	return s
}
