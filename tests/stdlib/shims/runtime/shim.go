// Test shim (not shipped): the runtime primitives, written with real Go's reflect
// and unsafe, and hooks (exported, named Shim*) through which compare/runtime_test.go
// reaches the unexported functions of package runtime.
//
// The package is mstd/runtime: none of its names clash with Go's runtime, and real Go
// never calls its panic functions; the hooks call them as minigo's compiled code and
// C++ runtime do.
package runtime

import (
	"reflect"
	"unsafe"
)

// shimSigpanic records the last setsigpanic call. minigo's C++ runtime prints Go's
// "[signal SIGSEGV: ...]" line with it when the panic is not recovered; here
// nothing is printed.
var shimSigpanic struct {
	set  bool
	addr uintptr
}

func setsigpanic(addr uintptr) {
	shimSigpanic.set, shimSigpanic.addr = true, addr
}

// printanycustomtype is Go 1.19's runtime.printanycustomtype (runtime/error.go),
// reading the type and value with reflect rather than the type descriptor.
func printanycustomtype(i any) {
	t := reflect.TypeOf(i)
	v := reflect.ValueOf(i)
	ts := t.String()
	switch t.Kind() {
	case reflect.String:
		print(ts, `("`, v.String(), `")`)
	case reflect.Bool:
		print(ts, "(", v.Bool(), ")")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		print(ts, "(", v.Int(), ")")
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		print(ts, "(", v.Uint(), ")")
	case reflect.Float32:
		print(ts, "(", float32(v.Float()), ")")
	case reflect.Float64:
		print(ts, "(", v.Float(), ")")
	case reflect.Complex64:
		print(ts, complex64(v.Complex()))
	case reflect.Complex128:
		print(ts, v.Complex())
	default:
		// the data word of the interface, as Go prints eface.data
		print("(", ts, ") ", (*[2]unsafe.Pointer)(unsafe.Pointer(&i))[1])
	}
}

// ---- hooks for compare/runtime_test.go ----

func shimRecover(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

// The index and slice check functions by name; the U variants get uint(x).
var shimBounds = map[string]func(x, y int){
	"panicIndex":        panicIndex,
	"panicIndexU":       func(x, y int) { panicIndexU(uint(x), y) },
	"panicSliceAlen":    panicSliceAlen,
	"panicSliceAlenU":   func(x, y int) { panicSliceAlenU(uint(x), y) },
	"panicSliceAcap":    panicSliceAcap,
	"panicSliceAcapU":   func(x, y int) { panicSliceAcapU(uint(x), y) },
	"panicSliceB":       panicSliceB,
	"panicSliceBU":      func(x, y int) { panicSliceBU(uint(x), y) },
	"panicSlice3Alen":   panicSlice3Alen,
	"panicSlice3AlenU":  func(x, y int) { panicSlice3AlenU(uint(x), y) },
	"panicSlice3Acap":   panicSlice3Acap,
	"panicSlice3AcapU":  func(x, y int) { panicSlice3AcapU(uint(x), y) },
	"panicSlice3B":      panicSlice3B,
	"panicSlice3BU":     func(x, y int) { panicSlice3BU(uint(x), y) },
	"panicSlice3C":      panicSlice3C,
	"panicSlice3CU":     func(x, y int) { panicSlice3CU(uint(x), y) },
	"panicSliceConvert": panicSliceConvert,
}

// ShimBounds calls the named index or slice check function (panicIndex, ...) and
// returns the value it panics with.
func ShimBounds(name string, x, y int) any {
	f := shimBounds[name]
	if f == nil {
		panic("ShimBounds: no function " + name)
	}
	return shimRecover(func() { f(x, y) })
}

// ShimRaise calls the named argument-less panic function (or panicmem(addr)) and
// returns the value it panics with.
func ShimRaise(name string, addr uintptr) any {
	fs := map[string]func(){
		"panicdivide":       panicdivide,
		"panicshift":        panicshift,
		"panicmem":          func() { panicmem(addr) },
		"panicmakeslicelen": panicmakeslicelen,
		"panicmakeslicecap": panicmakeslicecap,
	}
	f := fs[name]
	if f == nil {
		panic("ShimRaise: no function " + name)
	}
	shimSigpanic.set = false
	return shimRecover(f)
}

// ShimSigpanic reports the address of the last panicmem's setsigpanic call.
func ShimSigpanic() (uintptr, bool) { return shimSigpanic.addr, shimSigpanic.set }

func ShimPanicwrap(pkg, typ, meth string) any {
	return shimRecover(func() { panicwrap(pkg, typ, meth) })
}

// ShimErrorString and ShimPlainError raise what the C++ runtime raises through
// panicErrorString and panicPlainError.
func ShimErrorString(s string) any { return shimRecover(func() { panicErrorString(s) }) }
func ShimPlainError(s string) any  { return shimRecover(func() { panicPlainError(s) }) }

// ShimTypeAssert raises what the C++ runtime raises through panicTypeAssert.
func ShimTypeAssert(iface, concrete, asserted, missing string) any {
	return shimRecover(func() { panicTypeAssert(iface, concrete, asserted, missing) })
}

// ShimPrintPanic prints v to standard error as minigo prints an unrecovered panic's
// value: "panic: " + printpanicval(preprintpanic(v)) + "\n".
func ShimPrintPanic(v any) {
	print("panic: ")
	printpanicval(preprintpanic(v))
	print("\n")
}
