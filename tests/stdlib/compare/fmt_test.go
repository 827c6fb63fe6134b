package compare

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	merrors "mstd/errors"
	mfmt "mstd/fmt"
	mstrings "mstd/strings"
)

// Types exercising fmt's handling of methods and composites.
type (
	myInt    int
	myUint8  uint8
	myStr    string
	myBytes  []byte
	myFloat  float64
	myBool   bool
	myArr    [3]byte
	myMap    map[string]int
	mySlice  []int
	myFunc   func()
	myChan   chan int
	myPtr    *int
	strVal   struct{ n int }
	strPtr   struct{ n int }
	errVal   struct{ msg string }
	goStr    struct{ s string }
	panicker struct{ v any }
	nilDeref struct{ s string }
	both     struct{ n int } // String and Error: Error wins
)

func (s strVal) String() string    { return fmt.Sprintf("strVal(%d)", s.n) }
func (s *strPtr) String() string   { return "strPtr!" }
func (e errVal) Error() string     { return "errVal:" + e.msg }
func (g goStr) GoString() string   { return "GoStr<" + g.s + ">" }
func (g goStr) String() string     { return "Str<" + g.s + ">" }
func (p panicker) String() string  { panic(p.v) }
func (n *nilDeref) String() string { return n.s }
func (b both) String() string      { return "both-String" }
func (b both) Error() string       { return "both-Error" }
func (m myInt) String() string     { return "myInt!" }

// formatter pairs: the same behaviour for Go's and minigo's State.
type goFormatter struct{ tag string }
type mFormatter struct{ tag string }

func (f goFormatter) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1 // Go's pooled printers keep stale values there
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(s, "F[%s %c w=%d,%v p=%d,%v flags=", f.tag, verb, w, wok, p, pok)
	for _, c := range "-+# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, "%c", c)
		}
	}
	s.Write([]byte("]"))
	if f.tag == "panic" {
		panic("formatter panic")
	}
}

func (f mFormatter) Format(s mfmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1 // Go's pooled printers keep stale values there
	}
	if !pok {
		p = -1
	}
	mfmt.Fprintf(s, "F[%s %c w=%d,%v p=%d,%v flags=", f.tag, verb, w, wok, p, pok)
	for _, c := range "-+# 0" {
		if s.Flag(int(c)) {
			mfmt.Fprintf(s, "%c", c)
		}
	}
	s.Write([]byte("]"))
	if f.tag == "panic" {
		panic("formatter panic")
	}
}

type inner struct {
	X int
	y string
}

type Embedded struct{ E int }

type outer struct {
	Embedded
	inner
	*strPtr
	I   inner
	P   *inner
	A   any
	a   any
	Err error
	S   strVal   // exported: String called
	s   strVal   // unexported: not called
	M   map[string]int
	L   []any
	F   float32
	B   []byte
	Arr [2]bool
	T   time.Duration
	t   time.Duration
}

type pair struct {
	g, m     any
	distinct bool // different objects (and maybe types) for Go and minigo
}

// fmtValues returns operands for Sprintf: each as (Go operand, minigo operand).
func fmtValues() []pair {
	x := 42
	px := &x
	var nilp *int
	var nilStrPtr *strPtr
	var nilDerefP *nilDeref
	ch := make(chan int)
	var nilch chan int
	fn := func() {}
	var nilfn func()
	var nilmap map[string]int
	var nilslice []int
	var nilErr error
	in := &inner{7, "seven"}
	k1, k2 := new(int), new(int)
	vals := []any{
		nil, true, false, myBool(true),
		0, 1, -1, 42, -42, math.MaxInt64, math.MinInt64, int8(-128), int8(127), int16(-300), int32(1 << 20), int64(-1 << 40),
		uint(0), uint(7), uint8(200), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdeadbeef),
		myInt(5), myUint8(9), 'x', '世', rune(-1), rune(0x10FFFF), rune(0x110000), rune(0xD800),
		0.0, math.Copysign(0, -1), 1.0, -1.5, 3.141592653589793, 1e6, 1e21, 1e-7, 123456.789, 1e100, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), float32(0.1), float32(-3.5e10), float32(math.Inf(1)), myFloat(2.5), 100.0, 0.000123,
		"", "hello", "héllo, 世界", "a\"b'c`d\\e", "\x00\x7f\xff", "\t\n", "\ufeff", "\u00ad", myStr("named"), "12345678901234567890",
		[]byte(nil), []byte{}, []byte("bytes\xff"), myBytes("mb"), [3]byte{1, 2, 3}, myArr{4, 5, 6}, [0]int{},
		[]int{1, -2, 3}, []string{"a", "b c"}, []any{1, "s", nil, 2.5, nilErr}, [][]int{{1}, {2, 3}, nil}, nilslice, mySlice{9}, []float64{1, math.NaN()},
		[2]any{nil, 3}, []error{nil, errors.New("e")},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "m", 2: "b"}, map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3},
		map[bool]int{true: 1, false: 0}, map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"}, map[inner]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3},
		map[string]any{"x": nil, "y": 1}, map[any]int{nil: 0, 1: 1, 2: 2}, map[any]int{"b": 1, "a": 2}, nilmap, myMap{"k": 1}, map[string][]int{"s": {1, 2}},
		map[*int]int{k1: 1, k2: 2}, map[uint8]bool{3: true, 1: false}, map[int8]int{-3: 1, 4: 2},
		px, nilp, in, &[]int{1}, &map[string]int{"a": 1}, &[2]string{"p", "q"}, myPtr(px), &px,
		inner{1, "one"}, &inner{2, "two"}, struct{}{}, struct{ A, b int }{1, 2}, Embedded{3},
		outer{Embedded: Embedded{1}, inner: inner{2, "x"}, I: inner{3, "y"}, P: in, A: 4, a: "five", S: strVal{6}, s: strVal{7}, M: map[string]int{"z": 1}, L: []any{nil, strVal{8}}, F: 1.5, B: []byte("hi"), T: time.Second, t: time.Minute},
		strVal{1}, &strVal{2}, strPtr{3}, &strPtr{4}, nilStrPtr, errVal{"bad"}, &errVal{"worse"}, goStr{"g"}, &goStr{"h"}, both{1},
		panicker{"boom"}, panicker{errors.New("err-boom")}, panicker{42}, nilDerefP, &nilDeref{"ok"},
		errors.New("plain error"), fmt.Errorf("wrapped: %w", errors.New("inner")), time.Duration(1500) * time.Millisecond,
		ch, nilch, myChan(nil), fn, nilfn, myFunc(nil),
		[]*int{nilp, px}, []strVal{{1}, {2}}, []*strPtr{{1}, nil}, [2]strVal{}, []outer{{}},
		struct{ e error }{errors.New("hidden")}, struct{ E error }{errVal{"shown"}}, struct{ S fmt.Stringer }{strVal{3}},
		struct{ p *int }{px}, struct{ M map[int]int }{map[int]int{2: 1, 1: 2}},
	}
	var ps []pair
	for _, v := range vals {
		ps = append(ps, pair{v, v, false})
	}
	// Values involving the fmt package itself: Formatters and errors built by each fmt.
	ps = append(ps,
		pair{goFormatter{"a"}, mFormatter{"a"}, true},
		pair{&goFormatter{"b"}, &mFormatter{"b"}, true},
		pair{goFormatter{"panic"}, mFormatter{"panic"}, true},
		pair{[]any{goFormatter{"in"}, 1}, []any{mFormatter{"in"}, 1}, true},
		pair{struct{ F goFormatter }{goFormatter{"f"}}, struct{ F mFormatter }{mFormatter{"f"}}, true},
		pair{fmt.Errorf("x %d", 1), mfmt.Errorf("x %d", 1), true},
		pair{errors.New("E"), merrors.New("E"), true},
	)
	return ps
}

var fmtVerbs = []string{"v", "+v", "#v", "T", "d", "s", "q", "x", "X", "o", "O", "b", "c", "U", "e", "E", "f", "F", "g", "G", "t", "p", "w", "z", "!", "€", "%"}

var fmtFlags = []string{"", "+", "-", "#", " ", "0", "08", "-8", "8", "8.3", ".3", ".0", "+08.3", "# ", "-#10", "+#", " 12.2", "0-5", ".10", "#.2", "+ ", "010.4"}

func TestFmtTable(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	for _, v := range fmtValues() {
		// The Formatter pairs are distinct types (and objects): %T, %p and %w show it.
		distinct := v.distinct
		for _, verb := range fmtVerbs {
			if distinct && (verb == "T" || verb == "p" || verb == "w") {
				continue
			}
			for _, fl := range fmtFlags {
				f := "%" + fl + verb
				a := fmt.Sprintf(f, v.g)
				b := strings.ReplaceAll(mfmt.Sprintf(f, v.m), "mFormatter", "goFormatter")
				c.check(a == b, "Sprintf(%q, %#v):\n got %q\nwant %q", f, v.g, b, a)
			}
		}
		a := fmt.Sprint(v.g, v.g, "s", v.g)
		b := mfmt.Sprint(v.m, v.m, "s", v.m)
		c.check(a == b, "Sprint(%#v): got %q want %q", v.g, b, a)
		a = fmt.Sprintln(v.g, "s", v.g)
		b = mfmt.Sprintln(v.m, "s", v.m)
		c.check(a == b, "Sprintln(%#v): got %q want %q", v.g, b, a)
		if distinct {
			continue
		}
		a = fmt.Errorf("E %v %w", v.g, v.g).Error()
		b = mfmt.Errorf("E %v %w", v.m, v.m).Error()
		c.check(a == b, "Errorf(%#v): got %q want %q", v.g, b, a)
	}
}

// TestFmtFormats runs format strings with widths, precisions and indexes taken from
// arguments, argument errors and unusual syntax.
func TestFmtFormats(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	type tc struct {
		f    string
		args []any
	}
	cases := []tc{
		{"", nil}, {"%", nil}, {"%%", nil}, {"%d", nil}, {"%d %d", []any{1}}, {"%d", []any{1, 2}}, {"%d", []any{1, "x", nil}}, {"x", []any{1}},
		{"%!", nil}, {"%-", nil}, {"%.", []any{1}}, {"%.d", []any{3}}, {"%5.d", []any{0}}, {"%.0d", []any{0}}, {"%8.0d|", []any{0}},
		{"%*d", []any{5, 3}}, {"%-*d", []any{5, 3}}, {"%*d", []any{-5, 3}}, {"%.*d", []any{3, 7}}, {"%.*d", []any{-3, 7}}, {"%*d", []any{"x", 3}},
		{"%.*d", []any{"x", 3}}, {"%*d", []any{uint8(4), 3}}, {"%*d", []any{int64(1e7), 3}}, {"%*.*f", []any{8, 2, 3.14159}}, {"%*d", []any{3}}, {"%*", []any{3}},
		{"%[2]d %[1]d", []any{1, 2}}, {"%[3]d", []any{1, 2}}, {"%[0]d", []any{1}}, {"%[x]d", []any{1}}, {"%[1]d %d", []any{1, 2}}, {"%[2]*[1]d", []any{12, 5}},
		{"%[1]2d", []any{1}}, {"%[1].2d", []any{1}}, {"%[-1]d", []any{1}}, {"%[1", []any{1}}, {"%[]d", []any{1}}, {"%[1]", []any{1}}, {"%[2]d", []any{1, 2, 3}},
		{"%3[1]d", []any{7}}, {"%.[2]d", []any{1, 2}}, {"%.[2]*d", []any{1, 2, 3}}, {"%[1]*.[2]*[3]f", []any{10, 3, 2.5}}, {"%d %[1]d %d", []any{1, 2}},
		{"%99999999999d", []any{1}}, {"%.99999999999d", []any{1}}, {"%1000001d", []any{1}}, {"%10000d", []any{1}}, {"%v %v", []any{[]any{1}, map[int]int{}}},
		{"%☺", []any{1}}, {"%\xff", []any{1}}, {"% d", []any{-1}}, {"%+d %+d", []any{1, -1}}, {"%x", []any{-255}}, {"%#x", []any{-255}}, {"%#o", []any{0}}, {"%#O", []any{8}},
		{"%#b", []any{5}}, {"%08b", []any{-5}}, {"%-08d|", []any{5}}, {"%0-8d|", []any{5}}, {"%#08x", []any{255}}, {"%#-8x|", []any{255}}, {"% x", []any{"abc"}},
		{"%# x", []any{"abc"}}, {"%# X", []any{[]byte("abc")}}, {"%#x", []any{""}}, {"%8x|", []any{""}}, {"%.2x", []any{"abcdef"}}, {"%-10x|", []any{"ab"}}, {"%10X|", []any{"ab"}},
		{"%c %c %c", []any{65, 0x1F600, -1}}, {"%q %+q %#q", []any{'x', '世', '\n'}}, {"%U %#U %#U %.8U", []any{'x', '世', 0x7f, 'x'}}, {"%#U", []any{int64(-1)}},
		{"%6.2f|%-8.3e|%+g|% G", []any{3.14159, 1234.5678, 0.0001, 1e22}}, {"%#g %#.3g %#v %#x %#X %#e %#.0f %#.0e", []any{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0}},
		{"%#g", []any{123456789.0}}, {"%#g", []any{0.0}}, {"%#.4g", []any{0.0001}}, {"%#b", []any{1.0}}, {"%#x", []any{float32(1)}}, {"%08.3f|%-08.3f|%+08.3f", []any{-1.5, 1.5, 1.5}},
		{"%08f %08f %08f %+08f % 08f", []any{math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.NaN()}}, {"%x %X %.3x %#.3X", []any{3.5, -0.1, 1.0 / 3, 1e300}},
		{"%b", []any{float32(1)}}, {"%.3v %10.4v|", []any{3.14159, 2.0}}, {"%5t|%-7t|", []any{true, false}}, {"%s", []any{true}}, {"%d", []any{"str"}},
		{"%s %s", []any{[]string{"a"}, [2]bool{}}}, {"%x", []any{[]int{10, 11}}}, {"%q", []any{[]string{"a", "b"}}}, {"%05s|%-5s|%5.1s|", []any{"ab", "ab", "ab"}},
		{"%.3s|%.10s|%.0s|", []any{"héllo", "x", "y"}}, {"%10.3q|", []any{"abcdef"}}, {"%#q %#q %#+q", []any{"a`b", "ab", "é"}}, {"%+q", []any{"héllo\n"}},
		{"%T %T %T %T", []any{nil, 1, "s", []any{}}}, {"%10T|%-10T|%.2T", []any{1, 2.0, "xyz"}}, {"%p %p", []any{1, "s"}}, {"%v %d", []any{nil, nil}},
		{"%v", []any{[]any{nil}}}, {"%d", []any{[]any{nil, 1}}}, {"%#v", []any{[]any{nil}}}, {"%#v %#v", []any{map[string]any{"a": nil}, struct{ X any }{}}},
		{"%w", []any{errors.New("w")}}, {"%w %w", []any{errors.New("a"), errors.New("b")}}, {"%w", []any{1}},
		{"%s %d", []any{myInt(1), myInt(2)}}, {"%v %x %s", []any{strVal{1}, strVal{2}, []strVal{{3}}}}, {"%d", []any{strVal{4}}}, {"%#v", []any{strVal{5}}},
		{"%v %s", []any{panicker{nil}, panicker{"p"}}}, {"%x", []any{panicker{"x"}}}, {"%v", []any{[]any{panicker{"in slice"}}}},
		{"%d %s %v", []any{[]byte("ab"), []byte("ab"), [2]byte{1, 2}}}, {"%s %q %x %X", []any{myArr{65, 66, 67}, myArr{65, 66, 67}, myArr{1, 2, 3}, myBytes{255}}},
		{"%08.3d %+.3d % .3d %-8.3d|", []any{7, 7, 7, 7}}, {"%o %O %b %x %X %c %q %U", []any{uint64(math.MaxUint64), -8, -3, int8(-128), uint8(255), uint8('A'), uint8('B'), uint8('C')}},
		{"%v %+v %#v", []any{outer{}, outer{}, outer{}}}, {"%v %+v", []any{&outer{P: &inner{}}, []*inner{nil}}},
		{"%6.2v|%-6v|%06v", []any{[]float64{1.234, 5}, []int{1, 2}, []int{-1, 2}}}, {"%x", []any{map[string]int{"a": 10}}}, {"%010v", []any{struct{ A int }{5}}},
		{"%v %v", []any{int8(-1), []int8{-1, 1}}}, {"%3c|%-3c|", []any{'x', 'y'}}, {"%.2c", []any{'x'}}, {"%e %E", []any{float32(1e-10), 1e-300}},
		{"%v %v %v", []any{1e20, 1e21, 1e-5}}, {"%g %G", []any{float32(1e21), 123456789.0}}, {"%.0f %.0f %.0f %.1f", []any{0.5, 1.5, 2.5, 0.25}},
		{"%5.1f%%", []any{99.55}}, {"%-+5d|%+-5d|", []any{3, 3}}, {"%#-08o|", []any{8}}, {"%#v %#v", []any{uint8(10), []uint16{1, 2}}}, {"%#v", []any{uintptr(1)}},
		{"%#v %#v %#v", []any{1.0, float32(2.5), 1e100}}, {"%#v %#v", []any{"s", []string(nil)}}, {"%#v", []any{map[string]int(nil)}}, {"%#v", []any{(*int)(nil)}},
		{"%#v %#v", []any{[]byte(nil), []byte{}}}, {"%#v", []any{[]any{1, "a", nil, 2.5, true}}}, {"%v|%5v|%-5v|", []any{nil, nil, nil}},
	}
	r := newRand()
	// Random formats assembled from pieces.
	pieces := []string{"%", "d", "v", "s", "[1]", "[2]", "[3]", "*", ".", "-", "+", "#", " ", "0", "5", "12", "x", "q", "T", "%%", "[", "]", "e", "g", "abc", "é", "c", "U", "!"}
	argPool := []any{1, -7, "str", 2.5, nil, []int{1}, true, 'x', uint8(3), errors.New("err"), strVal{1}, myInt(4), int64(-1), 1e9, map[int]int{1: 2}}
	for i := 0; i < n(200000); i++ {
		var b strings.Builder
		for j := 1 + r.Intn(8); j > 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		args := make([]any, r.Intn(4))
		for j := range args {
			args[j] = argPool[r.Intn(len(argPool))]
		}
		cases = append(cases, tc{b.String(), args})
	}
	for _, k := range cases {
		a := fmt.Sprintf(k.f, k.args...)
		b := mfmt.Sprintf(k.f, k.args...)
		c.check(a == b, "Sprintf(%q, %#v):\n got %q\nwant %q", k.f, k.args, b, a)
		e1 := fmt.Errorf(k.f, k.args...)
		e2 := mfmt.Errorf(k.f, k.args...)
		c.check(e1.Error() == e2.Error() && (errors.Unwrap(e1) == nil) == (merrors.Unwrap(e2) == nil), "Errorf(%q, %#v): got %q want %q", k.f, k.args, e2, e1)
	}
	// Writers.
	var gb strings.Builder
	var mb mstrings.Builder
	n1, err1 := fmt.Fprintf(&gb, "%d-%s|", 12, "ab")
	n2, err2 := mfmt.Fprintf(&mb, "%d-%s|", 12, "ab")
	fmt.Fprint(&gb, 1, 2, "x", 3)
	mfmt.Fprint(&mb, 1, 2, "x", 3)
	fmt.Fprintln(&gb, 1, 2, "x", 3)
	mfmt.Fprintln(&mb, 1, 2, "x", 3)
	c.check(gb.String() == mb.String() && n1 == n2 && err1 == nil && err2 == nil, "Fprint*: %q vs %q", mb.String(), gb.String())
	c.check(string(fmt.Append([]byte("a"), 1, "b")) == string(mfmt.Append([]byte("a"), 1, "b")), "Append")
	c.check(string(fmt.Appendf([]byte("a"), "%d", 1)) == string(mfmt.Appendf([]byte("a"), "%d", 1)), "Appendf")
	c.check(string(fmt.Appendln([]byte("a"), 1)) == string(mfmt.Appendln([]byte("a"), 1)), "Appendln")
	// Errorf wrapping.
	base := merrors.New("base")
	w := mfmt.Errorf("ctx: %w", base)
	c.check(merrors.Unwrap(w) == base && merrors.Is(w, base) && w.Error() == "ctx: base", "Errorf %%w wrap")
	c.check(fmt.Sprintf("%T", w) == "*fmt.wrapError" && fmt.Sprintf("%T", mfmt.Errorf("x")) == "*errors.errorString", "Errorf types %T", w)
}
