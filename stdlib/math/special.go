package math

import "math/bits"

// Cbrt returns the cube root of x.
//
// Special cases are:
//
//	Cbrt(±0) = ±0
//	Cbrt(±Inf) = ±Inf
//	Cbrt(NaN) = NaN
//
// The result is correctly rounded: libm's estimate, moved to the float64 whose
// rounding interval holds the exact root (an exact integer test).
func Cbrt(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	a := Abs(x)
	scaled := a < 0x1p-1022
	if scaled {
		a *= 0x1p105 // 2**(3×35): a subnormal becomes normal, exactly
	}
	y := libmCbrt(a)
	for i := 0; i < 4; i++ {
		if midCubeBelow(y, a) {
			y = Float64frombits(Float64bits(y) + 1)
		} else if lo := Float64frombits(Float64bits(y) - 1); !midCubeBelow(lo, a) {
			y = lo
		} else {
			break
		}
	}
	if scaled {
		y *= 0x1p-35 // exact: the root of a float64 is never subnormal
	}
	return Copysign(y, x)
}

// midCubeBelow reports whether m**3 < a, where m is the midpoint between the
// positive normal float64 lo and the next one up, and a is positive and normal.
// The test is exact: with lo = L × 2**e and a = A × 2**ea (integers L and A of 53
// bits), m = (2L+1) × 2**(e-1), and M**3 = (2L+1)**3 (162 bits) is compared
// with A × 2**(ea-3(e-1)).
func midCubeBelow(lo, a float64) bool {
	lb, ab := Float64bits(lo), Float64bits(a)
	mm := (lb&fracMask|1<<shift)<<1 | 1
	em := int(lb>>shift&mask) - bias - shift - 1
	am := ab&fracMask | 1<<shift
	ea := int(ab>>shift&mask) - bias - shift

	// c2:c1:c0 = mm**3.
	s1, s0 := bits.Mul64(mm, mm)
	h0, c0 := bits.Mul64(s0, mm)
	h1, l1 := bits.Mul64(s1, mm)
	c1, carry := bits.Add64(l1, h0, 0)
	c2 := h1 + carry

	// v2:v1:v0 = am << sh.
	sh := ea - 3*em
	if sh < 0 {
		return false // am < 2**53 <= mm**3
	}
	if sh > 192-53 {
		return true // am << sh >= 2**192 > mm**3
	}
	var v [3]uint64 // sh <= 139: am << sh fits
	w, b := sh/64, uint(sh%64)
	v[w] = am << b
	if b != 0 && w < 2 {
		v[w+1] = am >> (64 - b)
	}
	switch {
	case c2 != v[2]:
		return c2 < v[2]
	case c1 != v[1]:
		return c1 < v[1]
	}
	return c0 < v[0]
}

// Remainder returns the IEEE 754 floating-point remainder of x/y.
//
// Special cases are:
//
//	Remainder(±Inf, y) = NaN
//	Remainder(NaN, y) = NaN
//	Remainder(x, 0) = NaN
//	Remainder(x, ±Inf) = x
//	Remainder(x, NaN) = NaN
func Remainder(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	return libmRemainder(x, y) // exact
}

// Gamma returns the Gamma function of x.
//
// Special cases are:
//
//	Gamma(+Inf) = +Inf
//	Gamma(+0) = +Inf
//	Gamma(-0) = -Inf
//	Gamma(x) = NaN for integer x < 0
//	Gamma(-Inf) = NaN
//	Gamma(NaN) = NaN
//
// As Go's, Gamma(n) for the integers 1 <= n <= 33 is the product
// (n-1) × (n-2) × ... × 2, exact up to n = 23.
func Gamma(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, -1) || x < 0 && x == Trunc(x):
		return NaN()
	case IsInf(x, 1):
		return x
	case x == 0:
		return Copysign(Inf(1), x)
	case x >= 1 && x <= 33 && x == Trunc(x):
		z := 1.0
		for k := x - 1; k >= 2; k-- {
			z *= k
		}
		return z
	}
	return libmTgamma(x)
}

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
//
// Special cases are:
//
//	Lgamma(+Inf) = +Inf
//	Lgamma(0) = +Inf
//	Lgamma(-integer) = +Inf
//	Lgamma(-Inf) = -Inf
//	Lgamma(NaN) = NaN
//
// The sign is 1 in every special case.
func Lgamma(x float64) (lgamma float64, sign int) {
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, 1
	case x == 0 || x < 0 && x == Trunc(x):
		return Inf(1), 1
	case x == 1 || x == 2:
		return 0, 1
	}
	sign = 1
	if x < 0 && int64(Floor(x))&1 != 0 {
		sign = -1 // Gamma is negative on (-1, 0), (-3, -2), ...
	}
	return libmLgamma(x), sign
}

// Erf returns the error function of x.
//
// Special cases are:
//
//	Erf(+Inf) = 1
//	Erf(-Inf) = -1
//	Erf(NaN) = NaN
func Erf(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return Copysign(1, x)
	}
	return libmErf(x)
}

// Erfc returns the complementary error function of x.
//
// Special cases are:
//
//	Erfc(+Inf) = 0
//	Erfc(-Inf) = 2
//	Erfc(NaN) = NaN
func Erfc(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	return libmErfc(x)
}

// Erfinv returns the inverse error function of x.
//
// Special cases are:
//
//	Erfinv(1) = +Inf
//	Erfinv(-1) = -Inf
//	Erfinv(x) = NaN if x < -1 or x > 1
//	Erfinv(NaN) = NaN
//
// The root y of Erf(y) = x is found by Halley's method from Winitzki's
// approximation, with Erfc for |x| > 0.5 (where 1-|x| is exact).
func Erfinv(x float64) float64 {
	a := Abs(x)
	switch {
	case IsNaN(x) || a > 1:
		return NaN()
	case a == 1:
		return Copysign(Inf(1), x)
	case x == 0:
		return x
	case a < 0x1p-27:
		// Erfinv(x) = x×Sqrt(Pi)/2 × (1 + Pi×x²/12 + ...): the rest is below
		// half an ulp.
		return x * (SqrtPi / 2)
	}
	// Winitzki's approximation (relative error below 2e-3).
	const k = 0.147
	l := Log((1 - a) * (1 + a))
	t := 2/(Pi*k) + l/2
	y := Sqrt(Sqrt(t*t-l/k) - t)
	for i := 0; i < 4; i++ {
		var f float64 // Erf(y) - a
		if a > 0.5 {
			f = (1 - a) - Erfc(y)
		} else {
			f = Erf(y) - a
		}
		d := 2 / SqrtPi * Exp(-y*y) // the derivative of Erf at y
		step := f / (d + y*f)
		y -= step
		if Abs(step) <= y*0x1p-60 {
			break
		}
	}
	return Copysign(y, x)
}

// Erfcinv returns the inverse of Erfc(x).
//
// Special cases are:
//
//	Erfcinv(0) = +Inf
//	Erfcinv(2) = -Inf
//	Erfcinv(x) = NaN if x < 0 or x > 2
//	Erfcinv(NaN) = NaN
//
// It is Erfinv(1 - x), as Go computes it.
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}

// J0 returns the order-zero Bessel function of the first kind.
//
// Special cases are:
//
//	J0(±Inf) = 0
//	J0(0) = 1
//	J0(NaN) = NaN
func J0(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	return libmJ0(x)
}

// J1 returns the order-one Bessel function of the first kind.
//
// Special cases are:
//
//	J1(±Inf) = 0
//	J1(NaN) = NaN
func J1(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0 // +0 for -0 too, as Go's
	}
	return libmJ1(x)
}

// Y0 returns the order-zero Bessel function of the second kind.
//
// Special cases are:
//
//	Y0(+Inf) = 0
//	Y0(0) = -Inf
//	Y0(x < 0) = NaN
//	Y0(NaN) = NaN
func Y0(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	return libmY0(x)
}

// Y1 returns the order-one Bessel function of the second kind.
//
// Special cases are:
//
//	Y1(+Inf) = 0
//	Y1(0) = -Inf
//	Y1(x < 0) = NaN
//	Y1(NaN) = NaN
func Y1(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	return libmY1(x)
}

// besselOrder returns n as an int32 of the same parity: orders beyond ±2**30
// are clamped (the functions are then 0 except for enormous x).
func besselOrder(n int) int32 {
	const lim = 1 << 30
	switch {
	case n > lim:
		return int32(lim + n&1)
	case n < -lim:
		return int32(-lim - n&1)
	}
	return int32(n)
}

// Jn returns the order-n Bessel function of the first kind.
//
// Special cases are:
//
//	Jn(n, ±Inf) = 0
//	Jn(n, NaN) = NaN
func Jn(n int, x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case n == 0:
		return J0(x)
	case x == 0:
		return 0
	case n == 1:
		return J1(x)
	case n == -1:
		return J1(-x) // Jn(-n, x) = Jn(n, -x)
	}
	return libmJn(besselOrder(n), x)
}

// Yn returns the order-n Bessel function of the second kind.
//
// Special cases are:
//
//	Yn(n, +Inf) = 0
//	Yn(n ≥ 0, 0) = -Inf
//	Yn(n < 0, 0) = +Inf if n is odd, -Inf if n is even
//	Yn(n, x < 0) = NaN
//	Yn(n, NaN) = NaN
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case n == 0:
		return Y0(x)
	case x == 0:
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	case n == 1:
		return Y1(x)
	case n == -1:
		return -Y1(x)
	}
	return libmYn(besselOrder(n), x)
}
