package math

// Log returns the natural logarithm of x.
//
// Special cases are:
//
//	Log(+Inf) = +Inf
//	Log(0) = -Inf
//	Log(x < 0) = NaN
//	Log(NaN) = NaN
//
// As Go 1.19's on amd64, Log reads the mantissa of a subnormal x as if x were
// normal with the smallest exponent: for 0 < x < 2**-1022 it returns the
// logarithm of 2**-1023 + x/2 (Log(5e-324) = -709.089...).
func Log(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return x
	case x < 0x1p-1022:
		// m in [0.5, 1) is the mantissa with the exponent field of 2**-1: the
		// value read is m × 2**-1022, whose logarithm is Log(m) - 1022×Ln2.
		m := Float64frombits(Float64bits(x) | 0x3FE<<52)
		return -1022*ln2Hi + (libmLog(m) - 1022*ln2Lo)
	}
	return libmLog(x)
}

// Ln2 split in two: ln2Hi has 32 significant bits, so that k*ln2Hi is exact
// for |k| < 2**20.
const (
	ln2Hi = 6.93147180369123816490e-01 // 0x3FE62E42FEE00000
	ln2Lo = 1.90821492927058770002e-10 // 0x3DEA39EF35793C76
)

// Log10 returns the decimal logarithm of x.
// The special cases are the same as for Log.
//
// It is Log(x) × (1/Ln10), as Go computes it.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x.
// The special cases are the same as for Log.
//
// As Go's, it is exact for powers of two and otherwise
// Log(frac) × (1/Ln2) + exp for x = frac × 2**exp (Frexp).
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus its argument x.
// It is more accurate than Log(1 + x) when x is near zero.
//
// Special cases are:
//
//	Log1p(+Inf) = +Inf
//	Log1p(±0) = ±0
//	Log1p(-1) = -Inf
//	Log1p(x < -1) = NaN
//	Log1p(NaN) = NaN
func Log1p(x float64) float64 {
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1) || x == 0:
		return x
	}
	return libmLog1p(x)
}

// Logb returns the binary exponent of x.
//
// Special cases are:
//
//	Logb(±Inf) = +Inf
//	Logb(0) = -Inf
//	Logb(NaN) = NaN
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

// Ilogb returns the binary exponent of x as an integer.
//
// Special cases are:
//
//	Ilogb(±Inf) = MaxInt32
//	Ilogb(0) = MinInt32
//	Ilogb(NaN) = MaxInt32
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x) || IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// ilogb returns the exponent e of a finite non-zero x = m × 2**e, 1 <= |m| < 2.
func ilogb(x float64) int {
	_, e := Frexp(x)
	return e - 1
}
