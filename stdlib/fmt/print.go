// Package fmt implements formatted I/O with functions analogous to C's printf,
// with the behaviour of Go 1.19's package fmt: the same verbs, flags, default
// formats and error notations (%!d(string=hi), %!(EXTRA ...), ...), byte for byte.
// Values of any type are inspected through internal/rtype, minigo's small
// replacement for package reflect. Scanning (Scan, Sscanf, ...) is not provided.
package fmt

import (
	"errors"
	"internal/rtype"
	"io"
	"os"
	"unicode"
	"unicode/utf8"
)

// State represents the printer state passed to custom formatters. It provides
// access to the io.Writer interface plus information about the flags and options
// for the operand's format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)

	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The
// implementation controls how State and rune are interpreted, and may call
// Sprint(f) or Fprint(f) etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which defines
// the “native” format for that value. The String method is used to print values
// passed as an operand to any format that accepts a string or to an unformatted
// printer such as Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value. The GoString method is used to print
// values passed as an operand to a %#v format.
type GoStringer interface {
	GoString() string
}

// printer holds the state of one Print/Printf call.
type printer struct {
	buf []byte
	flags

	// arg is the operand being printed by printArg, or the value (from inside an
	// operand) being printed by printValue when hasValue; badVerb shows it.
	arg      any
	value    any
	hasValue bool

	reordered  bool // an explicit argument index [n] was used
	goodArgNum bool // the last argument index was valid
	panicking  bool // inside catchPanic: a panic there is not caught again
	erroring   bool // inside badVerb: no methods are called

	wrapErrs   bool  // Errorf: %w is allowed
	wrappedErr error // the operand of %w
}

func newPrinter() *printer { return &printer{} }

// Write implements State (and io.Writer), for Formatters.
func (p *printer) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString implements io.StringWriter, for Formatters.
func (p *printer) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// Width implements State.
func (p *printer) Width() (wid int, ok bool) { return p.wid, p.widPresent }

// Precision implements State.
func (p *printer) Precision() (prec int, ok bool) { return p.prec, p.precPresent }

// Flag implements State: whether the flag c ('-', '+', '#', ' ' or '0') is set.
func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.minus
	case '+':
		return p.plus || p.plusV
	case '#':
		return p.sharp || p.sharpV
	case ' ':
		return p.space
	case '0':
		return p.zero
	}
	return false
}

func (p *printer) writeRune(r rune) { p.buf = utf8.AppendRune(p.buf, r) }

// Fprintf formats according to a format specifier and writes to w. It returns
// the number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to a format specifier and writes to standard output.
// It returns the number of bytes written and any write error encountered.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf formats according to a format specifier, appends the result to the byte
// slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint formats using the default formats for its operands and writes to w.
// Spaces are added between operands when neither is a string. It returns the
// number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print formats using the default formats for its operands and writes to standard
// output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats for its operands and returns the
// resulting string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Append formats using the default formats for its operands, appends the result
// to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln formats using the default formats for its operands and writes to w.
// Spaces are always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats for its operands and returns the
// resulting string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error. If the format specifier includes a %w verb with an
// error operand, the returned error will implement an Unwrap method returning the
// operand. It is invalid to include more than one %w verb or to supply it with an
// operand that does not implement the error interface. The %w verb is otherwise a
// synonym for %v.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	if p.wrappedErr == nil {
		return errors.New(s)
	}
	return &wrapError{s, p.wrappedErr}
}

// wrapError is the error Errorf returns for a %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// isString reports whether the operand is of a string kind (Print's spacing rule).
func isString(arg any) bool { return arg != nil && rtype.KindOf(arg) == rtype.String }

func (p *printer) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		s := isString(arg)
		if i > 0 && !s && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = s
	}
}

func (p *printer) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// tooLarge reports whether a width or precision is beyond what is accepted.
func tooLarge(x int) bool {
	const limit = 1000000
	return x > limit || x < -limit
}

// parsenum reads a decimal number at s[start:end]. A number that grows too large
// fails and consumes the rest of the format.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// intFromArg takes a[argNum] as a width or precision (for *): it must be an
// integer of reasonable size.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum >= len(a) {
		return
	}
	arg := a[argNum]
	newArgNum = argNum + 1
	num, isInt = arg.(int)
	if !isInt && arg != nil {
		switch rtype.KindOf(arg) {
		case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
			num, isInt = int(rtype.IntOf(arg)), true
		case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
			u := rtype.UintOf(arg)
			if int64(u) >= 0 {
				num, isInt = int(u), true
			}
		}
	}
	if tooLarge(num) {
		num, isInt = 0, false
	}
	return
}

// parseArgNumber reads an argument index "[n]" at the start of format: the index
// (0-based), the length of the bracketed text, and whether it is well formed.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			n, isnum, end := parsenum(format, 1, i)
			if !isnum || end != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber handles an argument index at format[i], if there is one.
func (p *printer) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *printer) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false // the previous item was an argument index like [3]
	p.reordered = false
	i := 0
	for i < end {
		p.goodArgNum = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf = append(p.buf, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++ // the '%'

		p.clearFlags()
		done := false
	flagLoop:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.sharp = true
			case '0':
				p.zero = !p.minus // zero padding only on the left
			case '+':
				p.plus = true
			case '-':
				p.minus = true
				p.zero = false
			case ' ':
				p.space = true
			default:
				// The common case: a lower-case verb straight after the flags.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.sharpV, p.sharp = p.sharp, false
						p.plusV, p.plus = p.plus, false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					done = true
				}
				break flagLoop
			}
		}
		if done {
			continue
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Width.
		if i < end && format[i] == '*' {
			i++
			p.wid, p.widPresent, argNum = intFromArg(a, argNum)
			if !p.widPresent {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.wid < 0 {
				p.wid = -p.wid
				p.minus = true
				p.zero = false
			}
			afterIndex = false
		} else {
			p.wid, p.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.prec, p.precPresent, argNum = intFromArg(a, argNum)
				if p.prec < 0 {
					p.prec = 0
					p.precPresent = false
				}
				if !p.precPresent {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.prec, p.precPresent, i = parsenum(format, i, end)
				if !p.precPresent {
					p.prec = 0
					p.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%': // a literal percent: no operand, flags ignored
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.buf = append(p.buf, "%!"...)
			p.writeRune(verb)
			p.buf = append(p.buf, "(BADINDEX)"...)
		case argNum >= len(a):
			p.buf = append(p.buf, "%!"...)
			p.writeRune(verb)
			p.buf = append(p.buf, "(MISSING)"...)
		default:
			if verb == 'v' {
				p.sharpV, p.sharp = p.sharp, false
				p.plusV, p.plus = p.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands left over (unless indexes reordered them).
	if !p.reordered && argNum < len(a) {
		p.clearFlags()
		p.buf = append(p.buf, "%!(EXTRA "...)
		for k, arg := range a[argNum:] {
			if k > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, rtype.TypeString(arg)...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

// badVerb reports a verb that does not apply to the operand: %!verb(type=value).
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, "%!"...)
	p.writeRune(verb)
	p.buf = append(p.buf, '(')
	switch {
	case p.arg != nil:
		p.buf = append(p.buf, rtype.TypeString(p.arg)...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	case p.hasValue:
		p.buf = append(p.buf, rtype.TypeString(p.value)...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0, false)
	default:
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

func (p *printer) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats v in hexadecimal, with a leading 0x when leading0x.
func (p *printer) fmt0x64(v uint64, leading0x bool) {
	sharp := p.sharp
	p.sharp = leading0x
	p.fmtInteger(v, 16, false, 'v', lowerDigits)
	p.sharp = sharp
}

// fmtInt formats an integer operand for the verb.
func (p *printer) fmtInt(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmtInteger(v, 10, isSigned, verb, lowerDigits)
		}
	case 'd':
		p.fmtInteger(v, 10, isSigned, verb, lowerDigits)
	case 'b':
		p.fmtInteger(v, 2, isSigned, verb, lowerDigits)
	case 'o', 'O':
		p.fmtInteger(v, 8, isSigned, verb, lowerDigits)
	case 'x':
		p.fmtInteger(v, 16, isSigned, verb, lowerDigits)
	case 'X':
		p.fmtInteger(v, 16, isSigned, verb, upperDigits)
	case 'c':
		p.fmtC(v)
	case 'q':
		p.fmtQc(v)
	case 'U':
		p.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloatVerb formats a float operand for the verb.
func (p *printer) fmtFloatVerb(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV {
			p.fmtQ(v)
		} else {
			p.fmtS(v)
		}
	case 's':
		p.fmtS(v)
	case 'x':
		p.fmtSbx(v, nil, lowerDigits)
	case 'X':
		p.fmtSbx(v, nil, upperDigits)
	case 'q':
		p.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.sharpV {
			p.buf = append(p.buf, typeString...)
			if v == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmtInteger(uint64(c), 10, false, verb, lowerDigits)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmtBs(v)
	case 'x':
		p.fmtSbx("", v, lowerDigits)
	case 'X':
		p.fmtSbx("", v, upperDigits)
	case 'q':
		p.fmtQ(string(v))
	default:
		p.printValue(v, verb, 0, true)
	}
}

// fmtPointer formats a pointer-like value (chan, func, map, pointer, slice).
func (p *printer) fmtPointer(v any, verb rune) {
	var u uintptr
	switch rtype.KindOf(v) {
	case rtype.Chan, rtype.Func, rtype.Map, rtype.Pointer, rtype.Slice, rtype.UnsafePointer:
		u = rtype.PointerOf(v)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, rtype.TypeString(v)...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.padString("<nil>")
		} else {
			p.fmt0x64(uint64(u), !p.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInt(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// catchPanic, deferred around a call of a method of the operand, turns a panic in
// it into "%!v(PANIC=String method: ...)" (or "<nil>" for a nil pointer receiver).
func (p *printer) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		if rtype.KindOf(arg) == rtype.Pointer && rtype.IsNil(arg) {
			p.buf = append(p.buf, "<nil>"...)
			return
		}
		if p.panicking {
			// A panic while printing a panic value: give up.
			panic(err)
		}
		saved := p.flags
		p.clearFlags()
		p.buf = append(p.buf, "%!"...)
		p.writeRune(verb)
		p.buf = append(p.buf, "(PANIC="...)
		p.buf = append(p.buf, method...)
		p.buf = append(p.buf, " method: "...)
		p.panicking = true
		p.printArg(err, 'v')
		p.panicking = false
		p.buf = append(p.buf, ')')
		p.flags = saved
	}
}

// handleMethods formats p.arg with its Format, GoString, Error or String method
// when the verb calls for it, and reports whether it did.
func (p *printer) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w: only in Errorf, only once, only with an error.
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	if f, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		f.Format(p, verb)
		return
	}
	if p.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmtS(g.GoString())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
			return
		}
	}
	return false
}

// printArg formats one operand.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.value, p.hasValue = nil, false

	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(rtype.TypeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}
	// The common types, without looking for methods (they have none).
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloatVerb(float64(f), 32, verb)
	case float64:
		p.fmtFloatVerb(f, 64, verb)
	case int:
		p.fmtInt(uint64(f), true, verb)
	case int8:
		p.fmtInt(uint64(f), true, verb)
	case int16:
		p.fmtInt(uint64(f), true, verb)
	case int32:
		p.fmtInt(uint64(f), true, verb)
	case int64:
		p.fmtInt(uint64(f), true, verb)
	case uint:
		p.fmtInt(uint64(f), false, verb)
	case uint8:
		p.fmtInt(uint64(f), false, verb)
	case uint16:
		p.fmtInt(uint64(f), false, verb)
	case uint32:
		p.fmtInt(uint64(f), false, verb)
	case uint64:
		p.fmtInt(f, false, verb)
	case uintptr:
		p.fmtInt(uint64(f), false, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	default:
		if !p.handleMethods(verb) {
			p.printValue(f, verb, 0, true)
		}
	}
}

// exported reports whether a field name is exported (its value may then have
// its methods called, as reflect's CanInterface allows).
func exported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// printNilElem prints a nil interface value found inside a composite: "<nil>", or
// for %#v its static type: "error(nil)".
func (p *printer) printNilElem(staticType string) {
	if p.sharpV {
		p.buf = append(p.buf, staticType...)
		p.buf = append(p.buf, "(nil)"...)
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
}

// printValue formats a value v (never nil) found at the given depth of an operand
// (depth 0: the operand itself). canIface is false for values reached through an
// unexported struct field: their methods are not called (reflect's rule).
func (p *printer) printValue(v any, verb rune, depth int, canIface bool) {
	if depth > 0 && canIface {
		p.arg = v
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value, p.hasValue = v, true

	switch k := rtype.KindOf(v); k {
	case rtype.Bool:
		p.fmtBool(rtype.BoolOf(v), verb)
	case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
		p.fmtInt(uint64(rtype.IntOf(v)), true, verb)
	case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
		p.fmtInt(rtype.UintOf(v), false, verb)
	case rtype.Float32:
		p.fmtFloatVerb(rtype.FloatOf(v), 32, verb)
	case rtype.Float64:
		p.fmtFloatVerb(rtype.FloatOf(v), 64, verb)
	case rtype.String:
		p.fmtString(rtype.StringOf(v), verb)
	case rtype.Map:
		if p.sharpV {
			p.buf = append(p.buf, rtype.TypeString(v)...)
			if rtype.IsNil(v) {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
		} else {
			p.buf = append(p.buf, "map["...)
		}
		keys, values := rtype.MapEntries(v)
		sortEntries(keys, values)
		for i := range keys {
			if i > 0 {
				if p.sharpV {
					p.buf = append(p.buf, ", "...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			if keys[i] == nil {
				p.printNilElem(rtype.KeyTypeString(v))
			} else {
				p.printValue(keys[i], verb, depth+1, canIface)
			}
			p.buf = append(p.buf, ':')
			if values[i] == nil {
				p.printNilElem(rtype.ElemTypeString(v))
			} else {
				p.printValue(values[i], verb, depth+1, canIface)
			}
		}
		if p.sharpV {
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, ']')
		}
	case rtype.Struct:
		if p.sharpV {
			p.buf = append(p.buf, rtype.TypeString(v)...)
		}
		p.buf = append(p.buf, '{')
		n := rtype.NumField(v)
		for i := 0; i < n; i++ {
			if i > 0 {
				if p.sharpV {
					p.buf = append(p.buf, ", "...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			name := rtype.FieldName(v, i)
			if p.plusV || p.sharpV {
				if name != "" {
					p.buf = append(p.buf, name...)
					p.buf = append(p.buf, ':')
				}
			}
			f := rtype.Field(v, i)
			if f == nil {
				p.printNilElem(rtype.FieldTypeString(v, i))
			} else {
				p.printValue(f, verb, depth+1, canIface && exported(name))
			}
		}
		p.buf = append(p.buf, '}')
	case rtype.Array, rtype.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Byte arrays and slices format as strings for these verbs.
			if rtype.ElemKind(v) == rtype.Uint8 {
				b, ok := v.([]byte)
				if !ok {
					n := rtype.Len(v)
					b = make([]byte, n)
					for i := 0; i < n; i++ {
						b[i] = byte(rtype.UintOf(rtype.Index(v, i)))
					}
				}
				p.fmtBytes(b, verb, rtype.TypeString(v))
				return
			}
		}
		n := rtype.Len(v)
		if p.sharpV {
			p.buf = append(p.buf, rtype.TypeString(v)...)
			if k == rtype.Slice && rtype.IsNil(v) {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
		} else {
			p.buf = append(p.buf, '[')
		}
		for i := 0; i < n; i++ {
			if i > 0 {
				if p.sharpV {
					p.buf = append(p.buf, ", "...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			e := rtype.Index(v, i)
			if e == nil {
				p.printNilElem(rtype.ElemTypeString(v))
			} else {
				p.printValue(e, verb, depth+1, canIface)
			}
		}
		if p.sharpV {
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, ']')
		}
	case rtype.Pointer:
		// A pointer to a composite at the top level prints as &{...}.
		if depth == 0 && rtype.PointerOf(v) != 0 {
			switch rtype.ElemKind(v) {
			case rtype.Array, rtype.Slice, rtype.Struct, rtype.Map:
				p.buf = append(p.buf, '&')
				p.printValue(rtype.Elem(v), verb, depth+1, canIface)
				return
			}
		}
		p.fmtPointer(v, verb)
	case rtype.Chan, rtype.Func, rtype.UnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, rtype.TypeString(v)...)
		p.buf = append(p.buf, '?')
	}
}
