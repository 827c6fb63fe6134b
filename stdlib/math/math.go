// Package math provides basic constants and mathematical functions: all of Go
// 1.19's package math, with its special cases.
//
// Sqrt, Floor, Ceil, Trunc, FMA and the float/bits conversions are runtime
// primitives (exact IEEE 754 operations), bit-identical to Go's on amd64, as is
// everything computed here from exact operations only (Abs, Frexp, Ldexp, Mod,
// Modf, Remainder, Round, Hypot, Pow10, Logb, Ilogb, Pow with an integer
// exponent, Gamma of the integers 1 to 33, ...).
//
// The transcendental functions (Exp, Log, Sin, Atan, Erf, Gamma, the Bessel
// functions, ...) handle Go's special cases here, including the quirks of Go's
// amd64 assembly (Exp overflows from x = 709.436..., Log of a subnormal), then
// call the C library (libm.go). Where Go computes a function from others (Log10,
// Log2, Asin, Acos, Atan2, Sinh, Cosh, Tanh, Pow, Erfcinv) the same formula is
// used, so that the result differs from Go's only where the inner one does.
// glibc's results are not always rounded as Go's: a result may differ from Go
// 1.19's in the last bit (tests/stdlib/libm_diff.py measures how often). Cbrt
// is correctly rounded, which Go's is not always, and Erfinv is computed
// differently from Go's (to within an ulp or so).
package math

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763 // https://oeis.org/A001113
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459 // https://oeis.org/A000796
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862 // https://oeis.org/A001622

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974 // https://oeis.org/A002193
	SqrtE   = 1.64872127070012814684865078831848687036798020567556297340346428 // https://oeis.org/A019774
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779 // https://oeis.org/A002161
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038 // https://oeis.org/A139339

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009 // https://oeis.org/A002162
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790 // https://oeis.org/A002392
	Log10E = 1 / Ln10
)

// Floating-point limit values. Max is the largest finite value representable by
// the type; SmallestNonzero is the smallest positive, non-zero value.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23)) // 3.40282346638528859811704183484516925440e+38
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23            // 1.401298464324817070923729583289916131280e-45

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52)) // 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52            // 4.9406564584124654417656879286822137236505980e-324
)

// Integer limit values.
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	uvone    = 0x3FF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Float64bits returns the IEEE 754 binary representation of f, with the sign bit
// of f and the result in the same bit position. Runtime primitive (a bit copy).
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the IEEE 754
// binary representation b. Runtime primitive (a bit copy; NaN payloads are kept).
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f. Runtime primitive.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the IEEE 754
// binary representation b. Runtime primitive (NaN payloads are kept).
func Float32frombits(b uint32) float32

// Sqrt returns the square root of x: the correctly rounded IEEE 754 square root
// (SQRTSD). Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
// Runtime primitive.
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x (the IEEE 754
// roundToIntegralTowardNegative operation; ±0, ±Inf and NaN are returned as is).
// Runtime primitive.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x (IEEE 754
// roundToIntegralTowardPositive; Ceil(-0.5) = -0). Runtime primitive.
func Ceil(x float64) float64

// Trunc returns the integer value of x (IEEE 754 roundToIntegralTowardZero;
// Trunc(-0.5) = -0). Runtime primitive.
func Trunc(x float64) float64

// FMA returns x * y + z, computed with only one rounding (IEEE 754
// fusedMultiplyAdd, C's fma). Runtime primitive.
func FMA(x, y, z float64) float64

// cpuHasFMA reports whether the processor has the AVX2 and FMA3 instruction set
// extensions (CPUID leaf 7 EBX bit 5 and leaf 1 ECX bit 12, with OS support for
// AVX state), which Go's amd64 Exp tests to choose its fused code path. The result
// must not change during a run. Runtime primitive.
func cpuHasFMA() bool

var useFMA = cpuHasFMA()

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity, according to sign. If sign > 0, IsInf
// reports whether f is positive infinity. If sign < 0, IsInf reports whether f is
// negative infinity. If sign == 0, IsInf reports whether f is either infinity.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Frexp breaks f into a normalized fraction and an integral power of two. It
// returns frac and exp satisfying f == frac × 2**exp, with the absolute value of
// frac in the interval [½, 1). Frexp(±0) = ±0, 0; Frexp(±Inf) = ±Inf, 0;
// Frexp(NaN) = NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	b := Float64bits(f)
	e := int(b>>52) & 0x7FF
	if e == 0x7FF || b<<1 == 0 {
		return f, 0 // ±0, ±Inf, NaN
	}
	if e == 0 {
		// Subnormal: scale into the normal range first (exact).
		b = Float64bits(f * 0x1p64)
		e = int(b>>52)&0x7FF - 64
	}
	// Keep sign and mantissa; an exponent field of 1022 means [0.5, 1).
	return Float64frombits(b&^(0x7FF<<52) | 1022<<52), e - 1022
}

// Ldexp is the inverse of Frexp. It returns frac × 2**exp, correctly rounded.
// Ldexp(±0, exp) = ±0; Ldexp(±Inf, exp) = ±Inf; Ldexp(NaN, exp) = NaN.
func Ldexp(frac float64, exp int) float64 {
	m, e := Frexp(frac)
	if m == 0 || e == 0 && (IsInf(m, 0) || IsNaN(m)) {
		return frac
	}
	// frac = m × 2**e with |m| in [0.5, 1); the result's binary exponent is t-1.
	t := e + exp
	switch {
	case t > 1024:
		return Copysign(Inf(1), frac)
	case t < -1075:
		return Copysign(0, frac) // below half the smallest subnormal
	case t >= -1021:
		// A normal result: set the exponent field directly (exact).
		return Float64frombits(Float64bits(m)&^(0x7FF<<52) | uint64(t+1022)<<52)
	}
	// A subnormal result: build m × 2**(t+64), normal, then one rounding multiply.
	y := Float64frombits(Float64bits(m)&^(0x7FF<<52) | uint64(t+64+1022)<<52)
	return y * 0x1p-64
}

// Modf returns integer and fractional floating-point numbers that sum to f. Both
// values have the same sign as f. Modf(±Inf) = ±Inf, NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (int float64, frac float64) {
	if IsNaN(f) {
		return f, f
	}
	if IsInf(f, 0) {
		return f, NaN()
	}
	int = Trunc(f)
	if int == f {
		return int, Copysign(0, f)
	}
	return int, f - int
}

// Round returns the nearest integer, rounding half away from zero.
// Round(±0) = ±0, Round(±Inf) = ±Inf, Round(NaN) = NaN.
func Round(x float64) float64 {
	t := Trunc(x)
	// x - t is exact (both share x's exponent range), so the comparison is exact.
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	return t
}

// RoundToEven returns the nearest integer, rounding ties to even.
// RoundToEven(±0) = ±0, RoundToEven(±Inf) = ±Inf, RoundToEven(NaN) = NaN.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Trunc(t*0.5) != t*0.5 {
		return t + Copysign(1, x)
	}
	return t
}

// Max returns the larger of x or y. Max(x, +Inf) = Max(+Inf, x) = +Inf;
// Max(x, NaN) = Max(NaN, x) = NaN; Max(+0, ±0) = Max(±0, +0) = +0; Max(-0, -0) = -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y. Min(x, -Inf) = Min(-Inf, x) = -Inf;
// Min(x, NaN) = Min(NaN, x) = NaN; Min(-0, ±0) = Min(±0, -0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0. Dim(+Inf, +Inf) = NaN; Dim(-Inf, -Inf) = NaN;
// Dim(x, NaN) = Dim(NaN, x) = NaN.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		// v is negative or 0
		return 0
	}
	// v is positive or NaN
	return v
}

// Nextafter returns the next representable float64 value after x towards y.
// Nextafter(x, x) = x; Nextafter(NaN, y) = NaN; Nextafter(x, NaN) = NaN.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}
