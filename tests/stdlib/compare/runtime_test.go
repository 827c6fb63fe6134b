package compare

import (
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	mrt "mstd/runtime"
)

// knownRuntimeDiffs lists the differences with Go 1.19 that are known and reported
// (not fixed here: tests never change stdlib/). They are logged as
// "KNOWN DIFFERENCE" (run.py always shows those lines) instead of failing.
var knownRuntimeDiffs = map[string]string{}

// recovered runs f and returns what it panicked with.
func recovered(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

// describe shows a recovered value as the tests compare it: its type, whether it is
// a runtime error (has a RuntimeError method) and its message.
func describe(v any) string {
	_, rt := v.(interface{ RuntimeError() })
	msg := fmt.Sprint(v)
	if e, ok := v.(error); ok {
		msg = e.Error()
	}
	return fmt.Sprintf("%T rt=%v %q", v, rt, msg)
}

type rtT struct{ a int }

func (rtT) M() {}

type (
	rtInt      int
	rtInt8     int8
	rtUint8    uint8
	rtUintptr  uintptr
	rtFloat32  float32
	rtFloat64  float64
	rtBool     bool
	rtString   string
	rtStringer int
	rtErr      string
)

func (s rtStringer) String() string { return "stringer " + strconv.Itoa(int(s)) }
func (e rtErr) Error() string       { return "rtErr " + string(e) }

// boundsCase is a check that fails: minigo's panic function (called by compiled
// code) and the Go code whose check calls Go's function of the same name.
type boundsCase struct {
	name  string
	goF   func(x, y int)
	pairs [][2]int
}

var (
	sink    int
	sinkStr string
	sinkArr *[5]int
	rtIface interface{ M() } // not devirtualized: i.M() goes through Go's (*rtT).M wrapper
)

func boundsCases() []boundsCase {
	// x out of range [0, y) for an index, (y, ...] for a slice bound
	idx := [][2]int{{5, 3}, {3, 3}, {-1, 3}, {0, 0}, {math.MinInt64, 0}, {math.MaxInt64, 7}, {1 << 40, 7}}
	neg := [][2]int{{5, 3}, {4, 3}, {-1, 3}, {1, 0}, {math.MinInt64, 0}, {math.MaxInt64, 7}, {1 << 40, 7}}
	s10 := [][2]int{{5, 3}, {-1, 3}, {10, 0}, {7, 6}, {math.MinInt64, 10}}
	arr3 := [][2]int{{5, 3}, {4, 3}, {-1, 3}, {math.MinInt64, 3}}
	return []boundsCase{
		{"panicIndex", func(x, y int) { s := make([]int, y); sink = s[x] }, idx},
		{"panicIndexU", func(x, y int) { s := make([]int, y); sink = s[uint(x)] }, idx},
		{"panicSliceAlen", func(x, y int) { s := strings.Repeat("a", y); sinkStr = s[:x] }, neg},
		{"panicSliceAlenU", func(x, y int) { s := strings.Repeat("a", y); sinkStr = s[:uint(x)] }, neg},
		{"panicSliceAcap", func(x, y int) { s := make([]int, 0, y); sink = len(s[:x]) }, neg},
		{"panicSliceAcapU", func(x, y int) { s := make([]int, 0, y); sink = len(s[:uint(x)]) }, neg},
		{"panicSliceB", func(x, y int) { s := make([]int, 10); sink = len(s[x:y]) }, s10},
		{"panicSliceBU", func(x, y int) { s := make([]int, 10); sink = len(s[uint(x):y]) }, s10},
		{"panicSlice3Alen", func(x, y int) { var a [3]int; p := &a; sink = len(p[:0:x]) }, arr3},
		{"panicSlice3AlenU", func(x, y int) { var a [3]int; p := &a; sink = len(p[:0:uint(x)]) }, arr3},
		{"panicSlice3Acap", func(x, y int) { s := make([]int, 0, y); sink = len(s[:0:x]) }, neg},
		{"panicSlice3AcapU", func(x, y int) { s := make([]int, 0, y); sink = len(s[:0:uint(x)]) }, neg},
		{"panicSlice3B", func(x, y int) { s := make([]int, 10); sink = len(s[:x:y]) }, s10},
		{"panicSlice3BU", func(x, y int) { s := make([]int, 10); sink = len(s[:uint(x):y]) }, s10},
		{"panicSlice3C", func(x, y int) { s := make([]int, 10); sink = len(s[x:y:10]) }, s10},
		{"panicSlice3CU", func(x, y int) { s := make([]int, 10); sink = len(s[uint(x):y:10]) }, s10},
		{"panicSliceConvert", func(x, y int) { s := make([]int, y); sinkArr = (*[5]int)(s) }, [][2]int{{5, 3}, {5, 0}, {5, 4}}},
	}
}

func TestRuntime(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	known := map[string]bool{}
	check := func(name string, ok bool, format string, args ...any) {
		if !ok && knownRuntimeDiffs[name] != "" {
			c.cases++
			known[name] = true
			t.Logf("KNOWN DIFFERENCE (%s): "+format, append([]any{knownRuntimeDiffs[name]}, args...)...)
			return
		}
		c.check(ok, format, args...)
	}

	// Index and slice checks: minigo's boundsError against the runtime.boundsError
	// Go's real checks raise.
	for _, bc := range boundsCases() {
		for _, p := range bc.pairs {
			gv := recovered(func() { bc.goF(p[0], p[1]) })
			mv := mrt.ShimBounds(bc.name, p[0], p[1])
			if gv == nil {
				t.Errorf("%s(%d, %d): Go's check did not panic (bad test case)", bc.name, p[0], p[1])
				continue
			}
			_, isErr := mv.(mrt.Error)
			check(bc.name, describe(gv) == describe(mv) && isErr, "%s(%d, %d): %s, Go %s", bc.name, p[0], p[1], describe(mv), describe(gv))
		}
	}

	// The other run-time errors.
	zero, negShift, negLen := 0, -1, -1
	var nilp *rtT
	var nilm map[string]int
	var anyv any = []int{1}
	var nilch chan int
	closed := make(chan int)
	close(closed)
	others := []struct {
		name string
		m, g any
	}{
		{"divide", mrt.ShimRaise("panicdivide", 0), recovered(func() { sink = 1 / zero })},
		{"shift", mrt.ShimRaise("panicshift", 0), recovered(func() { sink = 1 << negShift })},
		{"mem", mrt.ShimRaise("panicmem", 0), recovered(func() { sink = nilp.a })},
		{"makeslicelen", mrt.ShimRaise("panicmakeslicelen", 0), recovered(func() { sink = len(make([]int, negLen)) })},
		{"makeslicecap", mrt.ShimRaise("panicmakeslicecap", 0), recovered(func() { sink = len(make([]int, 1, negLen+1)) })},
		{"wrap", mrt.ShimPanicwrap("mstd/compare", "rtT", "M"), recovered(func() { rtIface = nilp; rtIface.M() })},
		{"nilmap", mrt.ShimPlainError("assignment to entry in nil map"), recovered(func() { nilm["a"] = 1 })},
		{"closenil", mrt.ShimPlainError("close of nil channel"), recovered(func() { close(nilch) })},
		{"closeclosed", mrt.ShimPlainError("close of closed channel"), recovered(func() { close(closed) })},
		{"sendclosed", mrt.ShimPlainError("send on closed channel"), recovered(func() { closed <- 1 })},
		{"unhashable", mrt.ShimErrorString("hash of unhashable type []int"), recovered(func() { sink = map[any]int{anyv: 1}[0] })},
		{"uncomparable", mrt.ShimErrorString("comparing uncomparable type []int"), recovered(func() { sink = len(fmt.Sprint(anyv == anyv)) })},
		// Type assertions, with the names minigo's C++ runtime passes.
		{"E2T", mrt.ShimTypeAssert("interface {}", "int", "string", ""), recovered(func() { var i any = 1; sinkStr = i.(string) })},
		{"E2T nil", mrt.ShimTypeAssert("interface {}", "", "string", ""), recovered(func() { var i any; sinkStr = i.(string) })},
		{"I2T", mrt.ShimTypeAssert("error", "*errors.errorString", "compare.rtErr", ""), recovered(func() { var e error = errors.New("x"); sinkStr = string(e.(rtErr)) })},
		{"I2I nil", mrt.ShimTypeAssert("", "", "fmt.Stringer", ""), recovered(func() { var e error; sinkStr = e.(fmt.Stringer).String() })},
		{"E2I missing", mrt.ShimTypeAssert("", "int", "fmt.Stringer", "String"), recovered(func() { var i any = 1; sinkStr = i.(fmt.Stringer).String() })},
		{"scopes", mrt.ShimTypeAssert("interface {}", "compare.T", "compare.T", ""), scopesPanic()},
	}
	for _, o := range others {
		_, isErr := o.m.(mrt.Error)
		check(o.name, o.g != nil && describe(o.g) == describe(o.m) && isErr, "%s: %s, Go %s", o.name, describe(o.m), describe(o.g))
	}
	mrt.ShimRaise("panicmem", 0)
	addr, set := mrt.ShimSigpanic()
	c.check(set && addr == 0, "panicmem calls setsigpanic(0): %v %#x", set, addr)
	mrt.ShimRaise("panicmem", 0x18)
	addr, set = mrt.ShimSigpanic()
	c.check(set && addr == 0x18, "panicmem calls setsigpanic(0x18): %v %#x", set, addr)

	// Unrecovered panics: what minigo prints (preprintpanic, printpanicval) against
	// what Go prints, each in a child process (see TestRuntimeHelper).
	addrRE := regexp.MustCompile(`0x[0-9a-f]+`)
	for i, pv := range printValues() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestRuntimeHelper$", "-test.timeout=60s")
		cmd.Env = append(os.Environ(), "MSTD_RT_HELPER="+strconv.Itoa(i))
		var errb strings.Builder
		cmd.Stderr = &errb
		err := cmd.Run()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		m, g, _ := strings.Cut(errb.String(), "--- go:\n")
		g, _, _ = strings.Cut(g, "\n\ngoroutine ")
		g += "\n"
		m = addrRE.ReplaceAllString(m, "0xADDR")
		g = addrRE.ReplaceAllString(g, "0xADDR")
		check("print", m == g && code == 2, "print %s: %q, Go %q (exit %d)", pv.desc, m, g, code)
	}
	for name := range knownRuntimeDiffs {
		if !known[name] {
			t.Logf("KNOWN DIFFERENCE %s no longer seen: remove it from knownRuntimeDiffs", name)
		}
	}
}

// scopesPanic asserts a value of one local type T to another, printed alike.
func scopesPanic() any {
	v := func() any {
		type T int
		return T(1)
	}()
	type T int
	return recovered(func() { sink = int(v.(T)) })
}

type printValue struct {
	desc string
	m, g any // the values minigo and Go panic with (the same but for run-time errors)
}

func printValues() []printValue {
	x := 7
	same := []any{
		nil, true, false, 42, int8(-8), int16(-16), int32('x'), int64(math.MinInt64),
		uint(7), uint8(255), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0x1234),
		float32(0.1), 1.5, -1e300, math.Inf(1), math.NaN(), 0.0, "str", "", "a\nb",
		rtInt(-5), rtInt8(3), rtUint8(200), rtUintptr(9), rtFloat32(2.5), rtFloat64(1e-7), rtBool(true),
		rtString(`q"x`), rtT{1}, []int{1}, &x, map[int]int{}, struct{}{}, [2]int{},
		errors.New("boom"), rtErr("e"), rtStringer(3), fmt.Errorf("wrapped: %w", errors.New("inner")),
	}
	var vals []printValue
	for _, v := range same {
		vals = append(vals, printValue{fmt.Sprintf("%T(%v)", v, v), v, v})
	}
	g := recovered(func() { s := make([]int, 3); x := 5; sink = s[x] })
	vals = append(vals, printValue{"boundsError", mrt.ShimBounds("panicIndex", 5, 3), g})
	var nilp *rtT
	g = recovered(func() { sink = nilp.a })
	vals = append(vals, printValue{"memoryError", mrt.ShimRaise("panicmem", 0), g})
	return vals
}

// TestRuntimeHelper is run as a child process by TestRuntime: it prints a value as
// minigo's runtime would, then panics with it in a new goroutine (so that testing
// does not recover it) for Go's runtime to print it.
func TestRuntimeHelper(t *testing.T) {
	i, err := strconv.Atoi(os.Getenv("MSTD_RT_HELPER"))
	if err != nil {
		t.Skip("helper")
	}
	pv := printValues()[i]
	mrt.ShimPrintPanic(pv.m)
	print("--- go:\n")
	go func() { panic(pv.g) }()
	select {}
}
