// The functions compiled code calls when a check fails (bounds, division, nil
// pointers, shifts, make, type assertions), and the two the C++ runtime calls to
// print an unrecovered panic's value. Each raising function builds the error value
// and panics with it, so recover sees what Go's recover sees.
package runtime

// Index and slice checks. x is the index that failed, y the bound; the U variants
// receive an unsigned index.

func panicIndex(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsIndex})
}

func panicIndexU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsIndex})
}

func panicSliceAlen(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAlen})
}

func panicSliceAlenU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAlen})
}

func panicSliceAcap(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAcap})
}

func panicSliceAcapU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAcap})
}

func panicSliceB(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceB})
}

func panicSliceBU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceB})
}

func panicSlice3Alen(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Alen})
}

func panicSlice3AlenU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Alen})
}

func panicSlice3Acap(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Acap})
}

func panicSlice3AcapU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Acap})
}

func panicSlice3B(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3B})
}

func panicSlice3BU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3B})
}

func panicSlice3C(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3C})
}

func panicSlice3CU(x uint, y int) {
	panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3C})
}

func panicSliceConvert(x int, y int) {
	panic(boundsError{x: int64(x), signed: true, y: y, code: boundsConvert})
}

var divideError = error(errorString("integer divide by zero"))
var shiftError = error(errorString("negative shift amount"))
var memoryError = error(errorString("invalid memory address or nil pointer dereference"))

func panicdivide() {
	panic(divideError)
}

func panicshift() {
	panic(shiftError)
}

// panicmem is a nil pointer dereference. Go learns of it from a SIGSEGV and prints a
// "[signal SIGSEGV ...]" line after the value; minigo checks explicitly and has the
// C++ runtime print the same line (addr is the address the access would have read).
func panicmem(addr uintptr) {
	setsigpanic(addr)
	panic(memoryError)
}

// setsigpanic records that the current panic stands for a SIGSEGV at addr.
func setsigpanic(addr uintptr)

func panicmakeslicelen() {
	panic(errorString("makeslice: len out of range"))
}

func panicmakeslicecap() {
	panic(errorString("makeslice: cap out of range"))
}

// panicwrap: a value method called through a nil pointer (pkg.T.M on a nil *T).
func panicwrap(pkg string, typ string, meth string) {
	panic(plainError("value method " + pkg + "." + typ + "." + meth + " called using nil *" + typ + " pointer"))
}

// panicErrorString and panicPlainError raise errors detected by the C++ runtime.
func panicErrorString(s string) {
	panic(errorString(s))
}

func panicPlainError(s string) {
	panic(plainError(s))
}

// panicTypeAssert raises a failed type assertion (the C++ runtime names the types).
func panicTypeAssert(iface string, concrete string, asserted string, missingMethod string) {
	panic(&TypeAssertionError{iface, concrete, asserted, missingMethod})
}

// preprintpanic turns an error or a Stringer into the text that will be printed for
// it, as Go's printpanics does before printing a panic chain.
func preprintpanic(v any) any {
	switch v := v.(type) {
	case error:
		return v.Error()
	case stringer:
		return v.String()
	}
	return v
}

// printpanicval prints a panic value as Go's runtime does: values of the predeclared
// basic types as print prints them, others of a basic kind as T(v), the rest as
// (T) followed by the value's address.
func printpanicval(v any) {
	switch v := v.(type) {
	case nil:
		print("nil")
	case bool:
		print(v)
	case int:
		print(v)
	case int8:
		print(v)
	case int16:
		print(v)
	case int32:
		print(v)
	case int64:
		print(v)
	case uint:
		print(v)
	case uint8:
		print(v)
	case uint16:
		print(v)
	case uint32:
		print(v)
	case uint64:
		print(v)
	case uintptr:
		print(v)
	case float32:
		print(v)
	case float64:
		print(v)
	case string:
		print(v)
	default:
		printanycustomtype(v)
	}
}

// printanycustomtype prints a value of a defined type: T(v) for basic kinds (strings
// quoted), (T) address otherwise. Implemented by the C++ runtime, which reads the
// type descriptor.
//
//go:noescape
func printanycustomtype(v any)
