// Package runtime is the part of minigo's runtime written in Go: the values that
// run-time panics carry (the types Go's runtime/error.go defines, so that recover,
// %T and %v show what Go shows), the functions compiled code calls to raise them,
// and the printing of an unrecovered panic's value. The rest of the runtime is C++
// (runtime/ in the repository); functions declared here without a body are provided
// by it under the symbol "runtime.<name>".
//
// Every program includes this package. Its functions keep external linkage because
// the C++ runtime calls some of them (panicErrorString, panicPlainError,
// panicTypeAssert, preprintpanic, printpanicval).
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
//
// minigo keeps the names of the types involved (as %T prints them) where Go keeps
// pointers to their descriptors; the messages are the same.
type TypeAssertionError struct {
	_interface    string // the static interface type; "" for a conversion with none
	concrete      string // the dynamic type; "" for a nil interface value
	asserted      string
	missingMethod string // one method needed by the interface but missing from concrete
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod != "" {
		return "interface conversion: " + e.concrete + " is not " + e.asserted +
			": missing method " + e.missingMethod
	}
	msg := "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
	if e.concrete == e.asserted {
		// Two types printed alike (local types of different functions).
		msg += " (types from different scopes)"
	}
	return msg
}

// An errorString is a run-time error whose message reads "runtime error: " + the text.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// A plainError is a run-time error printed without the "runtime error: " prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A boundsError is an index or slice expression out of range: x is the offending
// index (as an int64 even when it was unsigned: signed says how to print it), y the
// length or capacity it was checked against.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   boundsErrorCode
}

// boundsErrorCode says which check failed, and so which message applies.
type boundsErrorCode uint8

const (
	boundsIndex      boundsErrorCode = iota // s[x]: 0 <= x < len(s)
	boundsSliceAlen                         // s[?:x]: 0 <= x <= len(s)
	boundsSliceAcap                         // s[?:x]: 0 <= x <= cap(s)
	boundsSliceB                            // s[x:y]: 0 <= x <= y
	boundsSlice3Alen                        // s[?:?:x]: 0 <= x <= len(s)
	boundsSlice3Acap                        // s[?:?:x]: 0 <= x <= cap(s)
	boundsSlice3B                           // s[?:x:y]: 0 <= x <= y
	boundsSlice3C                           // s[x:y:?]: 0 <= x <= y
	boundsConvert                           // (*[x]T)(s): 0 <= x <= len(s)
)

// Message shapes: "%x" stands for the index, "%y" for the bound.
var boundsMessages = [...]string{
	boundsIndex:      "index out of range [%x] with length %y",
	boundsSliceAlen:  "slice bounds out of range [:%x] with length %y",
	boundsSliceAcap:  "slice bounds out of range [:%x] with capacity %y",
	boundsSliceB:     "slice bounds out of range [%x:%y]",
	boundsSlice3Alen: "slice bounds out of range [::%x] with length %y",
	boundsSlice3Acap: "slice bounds out of range [::%x] with capacity %y",
	boundsSlice3B:    "slice bounds out of range [:%x:%y]",
	boundsSlice3C:    "slice bounds out of range [%x:%y:]",
	boundsConvert:    "cannot convert slice with length %y to pointer to array with length %x",
}

// When a signed index is negative, the bound is not worth printing.
var boundsNegativeMessages = [...]string{
	boundsIndex:      "index out of range [%x]",
	boundsSliceAlen:  "slice bounds out of range [:%x]",
	boundsSliceAcap:  "slice bounds out of range [:%x]",
	boundsSliceB:     "slice bounds out of range [%x:]",
	boundsSlice3Alen: "slice bounds out of range [::%x]",
	boundsSlice3Acap: "slice bounds out of range [::%x]",
	boundsSlice3B:    "slice bounds out of range [:%x:]",
	boundsSlice3C:    "slice bounds out of range [%x::]",
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	shape := boundsMessages[e.code]
	if e.signed && e.x < 0 {
		shape = boundsNegativeMessages[e.code]
	}
	msg := "runtime error: "
	for i := 0; i < len(shape); i++ {
		if shape[i] == '%' && i+1 < len(shape) && (shape[i+1] == 'x' || shape[i+1] == 'y') {
			if shape[i+1] == 'x' {
				if e.signed {
					msg += formatInt(e.x)
				} else {
					msg += formatUint(uint64(e.x))
				}
			} else {
				msg += formatInt(int64(e.y))
			}
			i++
			continue
		}
		msg += shape[i : i+1]
	}
	return msg
}

func formatUint(v uint64) string {
	var buf [20]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	return string(buf[i:])
}

func formatInt(v int64) string {
	if v < 0 {
		return "-" + formatUint(uint64(-v))
	}
	return formatUint(uint64(v))
}

// A stringer is what preprintpanic calls String on (fmt.Stringer, without importing fmt).
type stringer interface {
	String() string
}
