// Command mathdiff prints the results of package math's functions on special and
// pseudo-random arguments, one float64 per line (16 hex digits, or "nan"), each
// function's block headed by "# Name special-count". It is built both with Go and
// with minigo by ../libm_diff.py, which compares the two outputs: minigo's
// transcendental functions call glibc's libm, whose results may differ from Go's in
// the last bit. It uses only what minigo's standard library provides, and its own
// random number generator, so that both builds see the same arguments.
package main

import (
	"math"
	"os"
	"strconv"
)

var out []byte

func flush() {
	os.Stdout.Write(out)
	out = out[:0]
}

func emit(v float64) {
	if v != v {
		out = append(out, "nan\n"...)
	} else {
		b := math.Float64bits(v)
		const hex = "0123456789abcdef"
		for i := 60; i >= 0; i -= 4 {
			out = append(out, hex[b>>uint(i)&15])
		}
		out = append(out, '\n')
	}
	if len(out) > 1<<16 {
		flush()
	}
}

// splitmix64
var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state += 0x9E3779B97F4A7C15
	z := state
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

func unit() float64                { return float64(next()>>11) / (1 << 53) }
func uniform(a, b float64) float64 { return a + (b-a)*unit() }
func intn(n int) int               { return int(next() % uint64(n)) }

// logUniform returns ±m × 2**k, m uniform in [1, 2) and k uniform from about
// log2(10**lo) to log2(10**hi): only exact operations, so that both builds
// compute the same arguments.
func logUniform(lo, hi float64, signed bool) float64 {
	klo, khi := int(lo*3.321928), int(hi*3.321928)
	v := math.Ldexp(1+unit(), klo+intn(khi-klo+1))
	if signed && next()&1 == 0 {
		v = -v
	}
	return v
}

var nRandom = 20000

// specials are the arguments of the documented special cases (the results must be
// Go's exactly); regulars are printed after them as ordinary arguments.
var (
	specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN()}
	regulars = []float64{1, -1, 2, -2, 0.5, -0.5, 3, -3, 0.1, 10, 100, -100}
	// Pow's special cases involve ±1, ±0.5 and odd integers; every power of
	// these arguments is computed exactly.
	powSpecials = append([]float64{1, -1, 2, -2, 0.5, -0.5, 3, -3}, specials...)
)

func header(name string, nspecial int) {
	out = append(out, "# "+name+" "+strconv.Itoa(nspecial)+"\n"...)
}

func run1(name string, f func(float64) float64, gen func() float64) {
	header(name, len(specials))
	for _, x := range specials {
		emit(f(x))
	}
	for _, x := range regulars {
		emit(f(x))
	}
	for i := 0; i < nRandom; i++ {
		emit(f(gen()))
	}
}

// run2 calls f on the pairs of xs and ys that contain a special argument, then
// on the other pairs, then on random ones.
func run2(name string, f func(x, y float64) float64, xs, ys []float64, gen func() (float64, float64)) {
	isSpecial := func(v float64) bool {
		for _, s := range specials {
			if v == s || v != v && s != s {
				return true
			}
		}
		return false
	}
	var regular [][2]float64
	n := 0
	for _, x := range xs {
		for _, y := range ys {
			if isSpecial(x) || isSpecial(y) {
				n++
			} else {
				regular = append(regular, [2]float64{x, y})
			}
		}
	}
	header(name, n)
	for _, x := range xs {
		for _, y := range ys {
			if isSpecial(x) || isSpecial(y) {
				emit(f(x, y))
			}
		}
	}
	for _, p := range regular {
		emit(f(p[0], p[1]))
	}
	for i := 0; i < nRandom; i++ {
		emit(f(gen()))
	}
}

// mix picks one of the generators at random.
func mix(gens ...func() float64) func() float64 {
	return func() float64 { return gens[intn(len(gens))]() }
}

func u(a, b float64) func() float64          { return func() float64 { return uniform(a, b) } }
func lu(a, b float64, s bool) func() float64 { return func() float64 { return logUniform(a, b, s) } }
func ints(a, b int) func() float64           { return func() float64 { return float64(a + intn(b-a+1)) } }
func halves(a, b int) func() float64         { return func() float64 { return float64(a+intn(b-a+1)) + 0.5 } }

// order converts a special argument to a Bessel order (5 for NaN and infinities).
func order(n float64) int {
	if n != n || math.IsInf(n, 0) {
		return 5
	}
	return int(n)
}

func main() {
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil {
			nRandom = n
		}
	}
	all := append(append([]float64{}, specials...), regulars...)
	orders := []float64{1, -1, 2, -2, 3, -3, 10, -10} // no 0: a special argument
	run1("Exp", math.Exp, mix(u(-745.2, 709.8), lu(-10, 2, true), u(-1, 1)))
	run1("Exp2", math.Exp2, mix(u(-1075, 1024), lu(-10, 2, true), u(-1, 1)))
	run1("Expm1", math.Expm1, mix(u(-40, 709.8), lu(-10, 1, true), u(-1, 1)))
	run1("Log", math.Log, mix(lu(-323, 308, false), u(0, 10), u(0.5, 2)))
	run1("Log10", math.Log10, mix(lu(-323, 308, false), u(0, 10), u(0.5, 2)))
	run1("Log2", math.Log2, mix(lu(-323, 308, false), u(0, 10), u(0.5, 2)))
	run1("Log1p", math.Log1p, mix(u(-1, 10), lu(-10, 0, true), lu(0, 300, false)))
	run2("Pow", math.Pow, powSpecials, powSpecials, func() (float64, float64) {
		switch intn(4) {
		case 0: // integer exponents
			return mix(u(0, 10), lu(-5, 5, true))(), float64(intn(61) - 30)
		case 1:
			return u(0, 10)(), u(-10, 10)()
		case 2:
			return lu(-5, 5, false)(), lu(-3, 2.5, true)()
		}
		return lu(-300, 300, false)(), u(-2, 2)()
	})
	trig := mix(u(-10, 10), lu(-8, 6, true), lu(6, 22, true))
	run1("Sin", math.Sin, trig)
	run1("Cos", math.Cos, trig)
	run1("Tan", math.Tan, trig)
	run1("Asin", math.Asin, mix(u(-1, 1), lu(-10, 0, true)))
	run1("Acos", math.Acos, mix(u(-1, 1), lu(-10, 0, true)))
	run1("Atan", math.Atan, mix(u(-10, 10), lu(-10, 10, true)))
	run2("Atan2", math.Atan2, all, all, func() (float64, float64) {
		g := mix(u(-10, 10), lu(-10, 10, true))
		return g(), g()
	})
	run1("Sinh", math.Sinh, mix(u(-30, 30), u(-711, 711), lu(-10, 0, true)))
	run1("Cosh", math.Cosh, mix(u(-30, 30), u(-711, 711), lu(-10, 0, true)))
	run1("Tanh", math.Tanh, mix(u(-5, 5), u(-50, 50), lu(-10, 0, true)))
	run1("Asinh", math.Asinh, mix(u(-10, 10), lu(-10, 300, true)))
	run1("Acosh", math.Acosh, mix(u(1, 10), func() float64 { return 1 + logUniform(-10, 300, false) }))
	run1("Atanh", math.Atanh, mix(u(-1, 1), lu(-10, 0, true)))
	run2("Hypot", math.Hypot, all, all, func() (float64, float64) {
		g := mix(u(-10, 10), lu(-300, 300, true))
		return g(), g()
	})
	run1("Cbrt", math.Cbrt, mix(u(-10, 10), lu(-323, 308, true)))
	run2("Remainder", math.Remainder, all, all, func() (float64, float64) {
		g := mix(u(-100, 100), lu(-20, 20, true))
		return g(), g()
	})
	run1("Gamma", math.Gamma, mix(u(-180, 172), u(-5, 10), ints(1, 171), halves(-170, 170)))
	run1("Lgamma", func(x float64) float64 { v, _ := math.Lgamma(x); return v }, mix(u(-50, 200), lu(-10, 300, true), u(-5, 5)))
	run1("Lgamma sign", func(x float64) float64 { _, s := math.Lgamma(x); return float64(s) }, mix(u(-50, 200), u(-5, 5)))
	run1("Erf", math.Erf, mix(u(-6, 6), lu(-10, 0, true)))
	run1("Erfc", math.Erfc, mix(u(-6, 28), lu(-10, 0, true)))
	run1("Erfinv", math.Erfinv, mix(u(-1, 1), func() float64 { return 1 - logUniform(-16, 0, false) }, lu(-20, 0, true)))
	run1("Erfcinv", math.Erfcinv, mix(u(0, 2), lu(-300, 0, false)))
	bessel := mix(u(0, 50), lu(-5, 5, false), lu(-5, 5, true))
	run1("J0", math.J0, bessel)
	run1("J1", math.J1, bessel)
	run1("Y0", math.Y0, bessel)
	run1("Y1", math.Y1, bessel)
	run2("Jn", func(n, x float64) float64 { return math.Jn(order(n), x) }, orders, all, func() (float64, float64) { return float64(intn(21) - 10), bessel() })
	run2("Yn", func(n, x float64) float64 { return math.Yn(order(n), x) }, orders, all, func() (float64, float64) { return float64(intn(21) - 10), bessel() })
	header("Pow10", 0)
	for n := -330; n <= 330; n++ {
		emit(math.Pow10(n))
	}
	flush()
}
