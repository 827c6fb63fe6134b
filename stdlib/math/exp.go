package math

// Exp returns e**x, the base-e exponential of x.
//
// Special cases are:
//
//	Exp(+Inf) = +Inf
//	Exp(NaN) = NaN
//
// Very large values overflow to 0 or +Inf.
// Very small values underflow to 1.
//
// As Go 1.19's on amd64, Exp overflows to +Inf as soon as x/Ln2 rounded to the
// nearest integer reaches 1024 (x >= 709.436...), below the largest x with a
// finite result, and returns 0 when it is below -1075.
func Exp(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	}
	switch k := RoundToEven(x * Log2E); {
	case k >= 1024:
		return Inf(1)
	case k < -1075:
		return 0
	}
	return libmExp(x)
}

// Exp2 returns 2**x, the base-2 exponential of x.
//
// Special cases are the same as Exp.
func Exp2(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1) || x < -1074:
		return 0
	case x >= 1024:
		return Inf(1)
	}
	return libmExp2(x)
}

// Expm1 returns e**x - 1, the base-e exponential of x minus 1.
// It is more accurate than Exp(x) - 1 when x is near zero.
//
// Special cases are:
//
//	Expm1(+Inf) = +Inf
//	Expm1(-Inf) = -1
//	Expm1(NaN) = NaN
//
// Very large values overflow to -1 or +Inf.
func Expm1(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return -1
	case x == 0:
		return x // keeps the sign of a zero
	}
	return libmExpm1(x)
}

// Pow returns x**y, the base-x exponential of y.
//
// Special cases are (in order):
//
//	Pow(x, ±0) = 1 for any x
//	Pow(1, y) = 1 for any y
//	Pow(x, 1) = x for any x
//	Pow(NaN, y) = NaN
//	Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0
//	Pow(±0, -Inf) = +Inf
//	Pow(±0, +Inf) = +0
//	Pow(±0, y) = +Inf for finite y < 0 and not an odd integer
//	Pow(±0, y) = ±0 for y an odd integer > 0
//	Pow(±0, y) = +0 for finite y > 0 and not an odd integer
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1
//	Pow(x, -Inf) = +0 for |x| > 1
//	Pow(x, +Inf) = +0 for |x| < 1
//	Pow(x, -Inf) = +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0
//	Pow(+Inf, y) = +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
//
// The result is computed as Go computes it: x to the integer part of |y| by
// repeated squaring of x's mantissa (so that integer powers are bit-identical to
// Go's), times Exp(f*Log(x)) for the rest f of |y| (-0.5 < f <= 0.5), inverted
// for a negative y; Pow(x, ±0.5) is Sqrt(x) or 1/Sqrt(x).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		odd := isOddInt(y)
		switch {
		case y < 0 && odd:
			return Copysign(Inf(1), x)
		case y < 0:
			return Inf(1)
		case odd:
			return x
		}
		return 0
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if x < 0 {
			return Pow(Copysign(0, -1), -y)
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	whole, frac := Modf(Abs(y))
	if frac != 0 && x < 0 {
		return NaN()
	}
	if whole >= 1<<63 {
		// |y| is a huge even integer: the power overflows or underflows for
		// every x but -1 (and 1, handled above).
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}

	// The result is m × 2**e.
	m, e := 1.0, 0
	if frac != 0 {
		if frac > 0.5 {
			frac--
			whole++
		}
		m = Exp(frac * Log(x))
	}
	// Right-to-left binary powering of b × 2**be = x (b in [0.5, 1) kept there, so
	// that nothing overflows before the final scaling).
	b, be := Frexp(x)
	for n := int64(whole); n != 0; n >>= 1 {
		if be < -1<<12 || be > 1<<12 {
			// The power is far beyond the float64 range: the final scaling
			// overflows or underflows whatever the rest of the product is.
			e += be
			break
		}
		if n&1 != 0 {
			m *= b
			e += be
		}
		b *= b
		be <<= 1
		if b < 0.5 {
			b += b
			be--
		}
	}
	if y < 0 {
		m = 1 / m
		e = -e
	}
	return Ldexp(m, e)
}

// isOddInt reports whether x is an odd integer (every float64 of magnitude 2**53
// or more is even).
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false
	}
	i, f := Modf(x)
	return f == 0 && int64(i)&1 == 1
}

// pow10Small[i] is 10**i and pow10Big[i] 10**(32i), each the float64 nearest.
var pow10Small = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10Big = [10]float64{
	1e000, 1e032, 1e064, 1e096, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10BigNeg = [11]float64{
	1e-000, 1e-032, 1e-064, 1e-096, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288,
	1e-320,
}

// Pow10 returns 10**n, the base-10 exponential of n.
//
// Special cases are:
//
//	Pow10(n) =    0 for n < -323
//	Pow10(n) = +Inf for n > 308
//
// Like Go's, the result is the product (or, for n < 0, the quotient) of the
// float64s nearest 10**(32k) and 10**j, n = ±(32k + j): exact up to 10**22,
// within an ulp beyond.
func Pow10(n int) float64 {
	switch {
	case n > 308:
		return Inf(1)
	case n < -323:
		return 0
	case n >= 0:
		return pow10Big[n/32] * pow10Small[n%32]
	}
	return pow10BigNeg[-n/32] / pow10Small[-n%32]
}
