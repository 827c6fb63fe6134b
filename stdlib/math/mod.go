package math

// Mod returns the floating-point remainder of x/y: x - n×y for the integer n
// nearest x/y toward zero, computed exactly. The magnitude of the result is less
// than y and its sign agrees with that of x.
//
// Special cases are: Mod(±Inf, y) = NaN; Mod(NaN, y) = NaN; Mod(x, 0) = NaN;
// Mod(x, ±Inf) = x; Mod(x, NaN) = NaN.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	ax, ay := Abs(x), Abs(y)
	if ax < ay {
		return x // also Mod(x, ±Inf) = x
	}
	mx, ex := intMant(ax)
	my, ey := intMant(ay)
	// |x| mod |y| = 2**ey × ((mx × 2**(ex-ey)) mod my), by long division in base 2**11.
	r := mx % my
	for d := ex - ey; d > 0; {
		s := d
		if s > 11 {
			s = 11
		}
		r = (r << uint(s)) % my
		d -= s
	}
	return Copysign(Ldexp(float64(r), ey), x)
}

// intMant returns a positive finite f as m × 2**e with m an integer below 2**53.
func intMant(f float64) (m uint64, e int) {
	b := Float64bits(f)
	be := int(b>>52) & 0x7FF
	m = b & (1<<52 - 1)
	if be == 0 {
		be = 1
	} else {
		m |= 1 << 52
	}
	return m, be - 1075
}
