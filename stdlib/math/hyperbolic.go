package math

// Sinh returns the hyperbolic sine of x.
//
// Special cases are:
//
//	Sinh(±0) = ±0
//	Sinh(±Inf) = ±Inf
//	Sinh(NaN) = NaN
//
// As Go's, it is computed from Exp for |x| > 0.5: (e - 1/e)/2, e = Exp(|x|),
// up to |x| = 21 and e/2 above (so it overflows where Exp does).
func Sinh(x float64) float64 {
	a := Abs(x)
	var r float64
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 0):
		return x
	case a > 21:
		r = Exp(a) * 0.5
	case a > 0.5:
		e := Exp(a)
		r = (e - 1/e) * 0.5
	default:
		r = libmSinh(a)
	}
	return Copysign(r, x)
}

// Cosh returns the hyperbolic cosine of x.
//
// Special cases are:
//
//	Cosh(±0) = 1
//	Cosh(±Inf) = +Inf
//	Cosh(NaN) = NaN
//
// As Go's, it is (e + 1/e)/2 with e = Exp(|x|), or e/2 for |x| > 21.
func Cosh(x float64) float64 {
	a := Abs(x)
	if IsNaN(x) || IsInf(x, 0) {
		return a
	}
	e := Exp(a)
	if a > 21 {
		return e * 0.5
	}
	return (e + 1/e) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
//
// Special cases are:
//
//	Tanh(±0) = ±0
//	Tanh(±Inf) = ±1
//	Tanh(NaN) = NaN
//
// As Go's, it is ±1 for |x| > 44.0148..., and 1 - 2/(Exp(2|x|)+1) (with the
// sign of x) for |x| >= 0.625.
func Tanh(x float64) float64 {
	const big = 127 * Ln2 / 2 // Log(2**127)/2
	a := Abs(x)
	switch {
	case x == 0 || IsNaN(x):
		return x
	case a > big:
		return Copysign(1, x)
	case a >= 0.625:
		return Copysign(1-2/(Exp(2*a)+1), x)
	}
	return libmTanh(x)
}

// Asinh returns the inverse hyperbolic sine of x.
//
// Special cases are:
//
//	Asinh(±0) = ±0
//	Asinh(±Inf) = ±Inf
//	Asinh(NaN) = NaN
func Asinh(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	return libmAsinh(x)
}

// Acosh returns the inverse hyperbolic cosine of x.
//
// Special cases are:
//
//	Acosh(+Inf) = +Inf
//	Acosh(x) = NaN if x < 1
//	Acosh(NaN) = NaN
func Acosh(x float64) float64 {
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case IsInf(x, 1):
		return x
	}
	return libmAcosh(x)
}

// Atanh returns the inverse hyperbolic tangent of x.
//
// Special cases are:
//
//	Atanh(1) = +Inf
//	Atanh(±0) = ±0
//	Atanh(-1) = -Inf
//	Atanh(x) = NaN if x < -1 or x > 1
//	Atanh(NaN) = NaN
func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	case x == 0:
		return x
	}
	return libmAtanh(x)
}
