package strconv

import "math"

// ParseFloat converts the string s to a floating-point number with the precision
// specified by bitSize: 32 for float32, or 64 for float64. When bitSize=32, the
// result still has type float64, but it will be convertible to float32 without
// changing its value.
//
// ParseFloat accepts decimal and hexadecimal floating-point numbers as defined by
// the Go syntax for floating-point literals, "inf", "infinity" and "nan" (case
// insensitive, the infinities optionally signed). If s is well-formed and near a
// valid floating-point number, ParseFloat returns the nearest floating-point number
// rounded using IEEE754 unbiased rounding.
//
// The errors that ParseFloat returns have concrete type *NumError and include
// err.Num = s. If s is not syntactically well-formed, err.Err = ErrSyntax. If s is
// syntactically well-formed but is more than 1/2 ULP away from the largest
// floating point number of the given size, ParseFloat returns f = ±Inf,
// err.Err = ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, err
}

// prefixFold returns the length of the longest common prefix of s and word,
// ignoring ASCII case (word is lower case).
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && s[n]|0x20 == word[n] {
		n++
	}
	return n
}

// special parses an infinity or a NaN at the start of s.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	i := 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		i = 1
	}
	rest := s[i:]
	if len(rest) > 0 && (rest[0] == 'i' || rest[0] == 'I') {
		k := prefixFold(rest, "infinity")
		if k == 8 {
			return math.Inf(sign), i + 8, true
		}
		if k >= 3 {
			return math.Inf(sign), i + 3, true
		}
		return 0, 0, false
	}
	if i == 0 && len(rest) > 0 && (rest[0] == 'n' || rest[0] == 'N') && prefixFold(rest, "nan") == 3 {
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

// A floatLit is a floating-point literal as read by readFloat.
type floatLit struct {
	neg   bool
	hex   bool
	d     [maxDigits]byte // decimal: significant digits (no leading zeros); ASCII
	nd    int
	dp    int // decimal: value = 0.d × 10**dp
	trunc bool
	mant  uint64 // hexadecimal: value = mant × 2**exp (mant holds up to 16 digits)
	exp   int
}

// readFloat reads a decimal or hexadecimal floating-point literal at the start of
// s and returns the number of bytes it used (0 if there is none).
func readFloat(s string, lit *floatLit) (n int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		lit.neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		lit.hex = true
		i += 2
	}
	underscores := false
	sawdot, sawdigits := false, false
	// Decimal: digits kept in lit.d, dp counts the integer digits.
	// Hexadecimal: up to 16 significant digits in lit.mant, the others adjust exp.
	hexDigits := 0
scan:
	for ; i < len(s); i++ {
		c := s[i]
		var v uint64
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawdot {
				break scan
			}
			sawdot = true
			continue
		case '0' <= c && c <= '9':
			v = uint64(c - '0')
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			v = uint64(lower(c)-'a') + 10
		default:
			break scan
		}
		sawdigits = true
		if base == 10 {
			if v == 0 && lit.nd == 0 {
				// A leading zero: only moves the point.
				if sawdot {
					lit.dp--
				}
				continue
			}
			if !sawdot {
				lit.dp++
			}
			if lit.nd < maxDigits {
				lit.d[lit.nd] = c
				lit.nd++
			} else if v != 0 {
				lit.trunc = true
			}
			continue
		}
		// Hexadecimal.
		if v == 0 && hexDigits == 0 {
			if sawdot {
				lit.exp -= 4
			}
			continue
		}
		if hexDigits < 16 {
			lit.mant = lit.mant<<4 | v
			hexDigits++
			if sawdot {
				lit.exp -= 4
			}
		} else {
			if v != 0 {
				lit.trunc = true
			}
			if !sawdot {
				lit.exp += 4
			}
		}
	}
	if !sawdigits {
		return 0, false
	}
	// The exponent.
	if i < len(s) && (base == 10 && lower(s[i]) == 'e' || base == 16 && lower(s[i]) == 'p') {
		i++
		if i >= len(s) {
			return 0, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		if base == 10 {
			lit.dp += e * esign
		} else {
			lit.exp += e * esign
		}
	} else if base == 16 {
		return 0, false // a hexadecimal mantissa needs a 'p' exponent
	}
	if underscores && !underscoreOK(s[:i]) {
		return 0, false
	}
	return i, true
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if f, n, ok := special(s); ok {
		return f, n, nil
	}
	var lit floatLit
	n, ok := readFloat(s, &lit)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	flt := &float64format
	if bitSize == 32 {
		flt = &float32format
	}
	var f float64
	var overflow bool
	if lit.hex {
		f, overflow = hexToFloat(lit.mant, lit.exp, lit.trunc, flt)
	} else {
		f, overflow = decimalToFloat(&lit, flt)
	}
	if lit.neg {
		f = -f
	}
	if overflow {
		return f, n, rangeError("ParseFloat", s)
	}
	return f, n, nil
}

// toFloat builds m × 2**e, exactly representable in the format (m < 2**(mantbits+1)).
func toFloat(m uint64, e int) float64 {
	return math.Ldexp(float64(m), e)
}

// hexToFloat rounds mant × 2**exp (plus a little when trunc) to the format,
// halves to even, and reports overflow.
func hexToFloat(mant uint64, exp int, trunc bool, flt *floatFormat) (float64, bool) {
	if mant == 0 {
		return 0, false
	}
	bitlen := 0
	for x := mant; x != 0; x >>= 1 {
		bitlen++
	}
	minExp := flt.bias + 1        // exponent of the smallest normal's leading bit
	maxExp := -flt.bias           // exponent of the largest finite's leading bit
	lead := exp + bitlen - 1      // exponent of the leading bit
	keep := int(flt.mantbits) + 1 // significant bits the result can hold
	if lead < minExp {
		keep -= minExp - lead
	}
	if keep < 0 {
		return 0, false // below half the smallest subnormal
	}
	drop := bitlen - keep
	if drop > 0 {
		var rem, half uint64
		var q uint64
		if drop >= 64 {
			q, rem, half = 0, mant, 0
			if drop == 64 {
				half = 1 << 63
			}
		} else {
			q = mant >> uint(drop)
			rem = mant & (1<<uint(drop) - 1)
			half = 1 << uint(drop-1)
		}
		up := false
		if drop <= 64 {
			up = rem > half || rem == half && (trunc || q&1 == 1)
		}
		if up {
			q++
		}
		mant = q
		exp += drop
		if mant>>uint(flt.mantbits+1) != 0 {
			mant >>= 1
			exp++
		}
		if mant == 0 {
			return 0, false
		}
	}
	// Leading-bit exponent after rounding.
	bitlen = 0
	for x := mant; x != 0; x >>= 1 {
		bitlen++
	}
	if exp+bitlen-1 > maxExp {
		return math.Inf(1), true
	}
	return toFloat(mant, exp), false
}

var float64pow10 = [...]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

var float32pow10 = [...]float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// decimalToFloat rounds the decimal literal to the format (halves to even) and
// reports overflow.
func decimalToFloat(lit *floatLit, flt *floatFormat) (float64, bool) {
	nd, dp := lit.nd, lit.dp
	if nd == 0 {
		return 0, false
	}
	is32 := flt.mantbits == 23
	// Far out of range: the value is below 10**(dp-1) and at least 10**(dp-1).
	if is32 {
		if dp > 40 {
			return math.Inf(1), true
		}
		if dp < -46 {
			return 0, false
		}
	} else {
		if dp > 310 {
			return math.Inf(1), true
		}
		if dp < -325 {
			return 0, false
		}
	}
	// The integer of the digits (up to 19), and the power of ten it scales by.
	k := nd
	if k > 19 {
		k = 19
	}
	var m uint64
	for i := 0; i < k; i++ {
		m = m*10 + uint64(lit.d[i]-'0')
	}
	e10 := dp - k
	exact := k == nd && !lit.trunc
	// Fast path: an exactly representable integer times or over an exactly
	// representable power of ten: one correctly rounded operation.
	if exact && is32 && m < 1<<24 {
		f := float32(m)
		switch {
		case e10 == 0:
			return float64(f), false
		case e10 > 0 && e10 <= 10:
			return float64(f * float32pow10[e10]), false
		case e10 < 0 && e10 >= -10:
			return float64(f / float32pow10[-e10]), false
		}
	}
	if exact && !is32 && m < 1<<53 {
		f := float64(m)
		switch {
		case e10 == 0:
			return f, false
		case e10 > 0 && e10 <= 22:
			return f * float64pow10[e10], false
		case e10 > 22 && e10 <= 22+15:
			// Move some of the power into the integer if it stays exact.
			x := e10 - 22
			if m <= (1<<53-1)/uint64(pow10u64(x)) {
				return f * float64pow10[x] * 1e22, false
			}
		case e10 < 0 && e10 >= -22:
			return f / float64pow10[-e10], false
		}
	}
	// Slow path: an approximation, then exact comparisons with the midpoints
	// between neighbouring floats, moving one float at a time.
	approx := float64(m)
	for x := e10; x > 0; {
		step := x
		if step > 22 {
			step = 22
		}
		approx *= float64pow10[step]
		x -= step
	}
	for x := -e10; x > 0; {
		step := x
		if step > 22 {
			step = 22
		}
		approx /= float64pow10[step]
		x -= step
	}
	if is32 {
		approx = float64(float32(approx))
	}
	fm, fe := decompose(approx, flt)
	if fm < 0 {
		// Infinite approximation: start from the largest finite float.
		fm, fe = 1<<(flt.mantbits+1)-1, -flt.bias-int(flt.mantbits)
	}
	x := exactDecimal{digits: lit.d[:nd], e10: dp - nd, trunc: lit.trunc}
	mant := uint64(fm)
	e := fe
	minE := flt.bias + 1 - int(flt.mantbits) // exponent of the subnormals' unit
	maxE := -flt.bias - int(flt.mantbits)
	top := uint64(1) << flt.mantbits
	for {
		// Above the midpoint with the next float up (or on it, mant odd)?
		c := x.cmp(2*mant+1, e-1)
		if c > 0 || c == 0 && mant&1 == 1 {
			mant++
			if mant == 2*top {
				mant = top
				e++
				if e > maxE {
					return math.Inf(1), true
				}
			}
			continue
		}
		if mant == 0 {
			break
		}
		// Below the midpoint with the next float down (or on it, mant odd)?
		if mant == top && e > minE {
			c = x.cmp(4*mant-1, e-2)
		} else {
			c = x.cmp(2*mant-1, e-1)
		}
		if c < 0 || c == 0 && mant&1 == 1 {
			if mant == top && e > minE {
				mant = 2*top - 1
				e--
			} else {
				mant--
			}
			continue
		}
		break
	}
	return toFloat(mant, e), false
}

func pow10u64(n int) uint64 {
	p := uint64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// decompose returns f (finite, >= 0) as mant × 2**e in the format flt (mant
// including the implicit bit), or mant = -1 if f is infinite.
func decompose(f float64, flt *floatFormat) (int64, int) {
	if math.IsInf(f, 0) {
		return -1, 0
	}
	if f == 0 {
		return 0, flt.bias + 1 - int(flt.mantbits)
	}
	if flt.mantbits == 23 {
		b := math.Float32bits(float32(f))
		be := int(b>>23) & 0xFF
		m := int64(b & (1<<23 - 1))
		if be == 0 {
			be = 1
		} else {
			m |= 1 << 23
		}
		return m, be - 127 - 23
	}
	b := math.Float64bits(f)
	be := int(b>>52) & 0x7FF
	m := int64(b & (1<<52 - 1))
	if be == 0 {
		be = 1
	} else {
		m |= 1 << 52
	}
	return m, be - 1023 - 52
}

// exactDecimal is the value D × 10**e10 (plus a little when trunc), D being the
// integer of the decimal digits.
type exactDecimal struct {
	digits []byte
	e10    int
	trunc  bool
	ready  bool
	a      nat // D × 10**e10 when e10 >= 0, else D
	p10    nat // 10**-e10 when e10 < 0, else 1
}

// cmp compares the decimal with n × 2**p exactly.
func (x *exactDecimal) cmp(n uint64, p int) int {
	if !x.ready {
		x.a = natFromDecimal(x.digits)
		x.p10 = nat{1}
		if x.e10 >= 0 {
			x.a = x.a.mulPow10(x.e10)
		} else {
			x.p10 = x.p10.mulPow10(-x.e10)
		}
		x.ready = true
	}
	// Compare a × 2**-p with n × p10 × 2**p.
	b := mulNat64(x.p10, n)
	a := x.a
	if p >= 0 {
		b = b.shl(uint(p))
	} else {
		a = a.shl(uint(-p))
	}
	c := cmpNat(a, b)
	if c == 0 && x.trunc {
		c = 1
	}
	return c
}

// mulNat64 returns x × n as a new nat.
func mulNat64(x nat, n uint64) nat {
	lo := append(nat(nil), x...).mulAdd(uint32(n), 0)
	if n>>32 == 0 {
		return lo.norm()
	}
	hi := append(nat{0}, x...).mulAdd(uint32(n>>32), 0) // x × hi × 2**32
	r := make(nat, len(hi)+1)
	var c uint64
	for i := range r {
		t := c
		if i < len(lo) {
			t += uint64(lo[i])
		}
		if i < len(hi) {
			t += uint64(hi[i])
		}
		r[i] = uint32(t)
		c = t >> 32
	}
	return r.norm()
}

// A nat is a natural number in base 2**32, least significant limb first.
type nat []uint32

func (z nat) norm() nat {
	for len(z) > 0 && z[len(z)-1] == 0 {
		z = z[:len(z)-1]
	}
	return z
}

// mulAdd returns z*m + a (reusing z's storage).
func (z nat) mulAdd(m, a uint32) nat {
	c := uint64(a)
	for i := range z {
		t := uint64(z[i])*uint64(m) + c
		z[i] = uint32(t)
		c = t >> 32
	}
	if c != 0 {
		z = append(z, uint32(c))
	}
	return z
}

var pow10u32 = [...]uint32{1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000}

func (z nat) mulPow10(k int) nat {
	for k >= 9 {
		z = z.mulAdd(1000000000, 0)
		k -= 9
	}
	if k > 0 {
		z = z.mulAdd(pow10u32[k], 0)
	}
	return z
}

// shl returns z × 2**k as a new nat.
func (z nat) shl(k uint) nat {
	if len(z) == 0 || k == 0 {
		return z
	}
	words := int(k / 32)
	bits := k % 32
	r := make(nat, len(z)+words+1)
	for i, w := range z {
		r[i+words] |= w << bits
		if bits > 0 {
			r[i+words+1] |= w >> (32 - bits)
		}
	}
	return r.norm()
}

func natFromDecimal(digits []byte) nat {
	var z nat
	for i := 0; i < len(digits); {
		chunk := uint32(0)
		n := 0
		for n < 9 && i < len(digits) {
			chunk = chunk*10 + uint32(digits[i]-'0')
			i++
			n++
		}
		z = z.mulAdd(pow10u32[n], chunk)
	}
	return z.norm()
}

func cmpNat(x, y nat) int {
	x, y = x.norm(), y.norm()
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}
