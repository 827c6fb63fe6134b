package strconv

import "math"

// floatFormat describes a binary floating-point format.
type floatFormat struct {
	mantbits uint // explicit mantissa bits
	expbits  uint
	bias     int // exponent of the smallest normal number is 1+bias... see below
}

var (
	float32format = floatFormat{23, 8, -127}
	float64format = floatFormat{52, 11, -1023}
)

// FormatFloat converts the floating-point number f to a string, according to the
// format fmt and precision prec. It rounds the result assuming that the original
// was obtained from a floating-point value of bitSize bits (32 for float32, 64 for
// float64).
//
// The format fmt is one of 'b' (-ddddp±ddd, a binary exponent), 'e' (-d.dddde±dd),
// 'E' (-d.ddddE±dd), 'f' (-ddd.dddd), 'g' ('e' for large exponents, 'f' otherwise),
// 'G' ('E' for large exponents, 'f' otherwise), 'x' (-0xd.ddddp±ddd, a hexadecimal
// fraction and binary exponent), or 'X' (-0Xd.ddddP±ddd).
//
// The precision prec controls the number of digits (excluding the exponent)
// printed by the 'e', 'E', 'f', 'g', 'G', 'x', and 'X' formats. For 'e', 'E', 'f',
// 'x', and 'X', it is the number of digits after the decimal point. For 'g' and
// 'G' it is the maximum number of significant digits (trailing zeros are removed).
// The special precision -1 uses the smallest number of digits necessary such that
// ParseFloat will return f exactly.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	n := prec + 4
	if n < 24 {
		n = 24
	}
	return string(genericFtoa(make([]byte, 0, n), f, fmt, prec, bitSize))
}

// AppendFloat appends the string form of the floating-point number f, as generated
// by FormatFloat, to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var flt floatFormat
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(val)))
		flt = float32format
	case 64:
		bits = math.Float64bits(val)
		flt = float64format
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg := bits>>(flt.expbits+flt.mantbits) != 0
	biased := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (1<<flt.mantbits - 1)

	if biased == 1<<flt.expbits-1 {
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	}
	// The value is mant × 2**(exp-mantbits): exp is the exponent of the leading
	// bit for normal numbers.
	if biased == 0 {
		biased = 1 // subnormal
	} else {
		mant |= 1 << flt.mantbits
	}
	exp := biased + flt.bias

	switch fmt {
	case 'b':
		return fmtB(dst, neg, mant, exp, flt)
	case 'x', 'X':
		return fmtX(dst, prec, fmt, neg, mant, exp, flt)
	case 'e', 'E', 'f', 'g', 'G':
	default:
		return append(dst, '%', fmt)
	}

	var d decimal
	shortest := prec < 0
	if shortest && exp >= 0 && exp <= int(flt.mantbits) && mant&(1<<(flt.mantbits-uint(exp))-1) == 0 {
		// An integer below 2**(mantbits+1): its own digits are the shortest.
		d.setUint(mant >> (flt.mantbits - uint(exp)))
	} else {
		d.setUint(mant)
		d.shift(exp - int(flt.mantbits))
		if shortest {
			roundShortest(&d, mant, exp, flt)
		}
	}
	if shortest {
		switch fmt {
		case 'e', 'E':
			prec = d.nd - 1
		case 'f':
			prec = d.nd - d.dp
			if prec < 0 {
				prec = 0
			}
		case 'g', 'G':
			prec = d.nd
		}
	} else {
		switch fmt {
		case 'e', 'E':
			d.round(prec + 1)
		case 'f':
			d.round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.round(prec)
		}
	}
	return formatDigits(dst, shortest, neg, &d, prec, fmt)
}

// roundShortest shortens d, the exact value of mant × 2**(exp-mantbits), to the
// fewest digits that still lie strictly inside the interval of values that round
// to the same float (or on its boundary when mant is even, since ties round to
// even); among the candidates of that length it takes the nearest to the exact value.
func roundShortest(d *decimal, mant uint64, exp int, flt floatFormat) {
	if mant == 0 {
		d.nd = 0
		return
	}
	// The interval's ends are the midpoints with the neighbouring floats.
	var upper, lower decimal
	upper.setUint(2*mant + 1)
	upper.shift(exp - int(flt.mantbits) - 1)
	minexp := flt.bias + 1
	if mant > 1<<flt.mantbits || exp == minexp {
		lower.setUint(2*mant - 1)
		lower.shift(exp - int(flt.mantbits) - 1)
	} else {
		// mant is a power of two: the float below is half as far away.
		lower.setUint(4*mant - 1)
		lower.shift(exp - int(flt.mantbits) - 2)
	}
	inclusive := mant%2 == 0

	var cand [32]byte
	for n := 1; n <= d.nd; n++ {
		if n == d.nd {
			return // the exact value itself is the shortest
		}
		// Rounded down: the first n digits.
		down := d.d[:n]
		for len(down) > 0 && down[len(down)-1] == '0' {
			down = down[:len(down)-1]
		}
		c := cmpDigits(down, d.dp, lower.d[:lower.nd], lower.dp)
		downOK := c > 0 || c == 0 && inclusive
		// Rounded up: the first n digits plus one unit in the last.
		copy(cand[:n], d.d[:n])
		i := n - 1
		for i >= 0 && cand[i] == '9' {
			i--
		}
		var up []byte
		updp := d.dp
		if i < 0 {
			cand[0] = '1'
			up = cand[:1]
			updp++
		} else {
			cand[i]++
			up = cand[:i+1]
		}
		c = cmpDigits(up, updp, upper.d[:upper.nd], upper.dp)
		upOK := c < 0 || c == 0 && inclusive
		switch {
		case downOK && upOK:
			d.round(n)
			return
		case downOK:
			d.nd = n
			d.trim()
			return
		case upOK:
			d.roundUp(n)
			return
		}
	}
}

// formatDigits writes the digits of d in the format fmt.
func formatDigits(dst []byte, shortest bool, neg bool, d *decimal, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, d, prec, fmt)
	case 'f':
		return fmtF(dst, neg, d, prec)
	}
	// 'g', 'G': the exponent chooses between the two notations. The threshold is
	// the precision, capped by the number of digits there are when they do not
	// extend left of the decimal point; 6 for the shortest form.
	eprec := prec
	if eprec > d.nd && d.nd >= d.dp {
		eprec = d.nd
	}
	if shortest {
		eprec = 6
	}
	x := d.dp - 1
	if x < -4 || x >= eprec {
		if prec > d.nd {
			prec = d.nd
		}
		return fmtE(dst, neg, d, prec-1, fmt+'e'-'g')
	}
	if prec > d.dp {
		prec = d.nd
	}
	p := prec - d.dp
	if p < 0 {
		p = 0
	}
	return fmtF(dst, neg, d, p)
}

// fmtE writes d as -d.ddddde±dd with prec digits after the point.
func fmtE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	first := byte('0')
	if d.nd > 0 {
		first = d.d[0]
	}
	dst = append(dst, first)
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			if i < d.nd {
				dst = append(dst, d.d[i])
			} else {
				dst = append(dst, '0')
			}
		}
	}
	dst = append(dst, fmt)
	x := d.dp - 1
	if d.nd == 0 {
		x = 0
	}
	if x < 0 {
		dst = append(dst, '-')
		x = -x
	} else {
		dst = append(dst, '+')
	}
	switch {
	case x < 10:
		dst = append(dst, '0', byte('0'+x))
	case x < 100:
		dst = append(dst, byte('0'+x/10), byte('0'+x%10))
	default:
		dst = append(dst, byte('0'+x/100), byte('0'+x/10%10), byte('0'+x%10))
	}
	return dst
}

// fmtF writes d as -ddd.dddd with prec digits after the point.
func fmtF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			if i < d.nd {
				dst = append(dst, d.d[i])
			} else {
				dst = append(dst, '0')
			}
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			j := d.dp + i
			if j >= 0 && j < d.nd {
				dst = append(dst, d.d[j])
			} else {
				dst = append(dst, '0')
			}
		}
	}
	return dst
}

// fmtB writes mant × 2**(exp-mantbits) as -ddddp±ddd.
func fmtB(dst []byte, neg bool, mant uint64, exp int, flt floatFormat) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	exp -= int(flt.mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// fmtX writes mant × 2**(exp-mantbits) as -0x1.hhhhp±dd: one leading hexadecimal
// digit (1, or 0 for zero), prec digits after the point (all that are needed when
// prec < 0), rounded half to even.
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt floatFormat) []byte {
	if mant == 0 {
		exp = 0
	}
	// Place the leading one at bit 60: value = mant/2**60 × 2**exp.
	mant <<= 60 - flt.mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		drop := uint(60 - 4*prec)
		rem := mant & (1<<drop - 1)
		half := uint64(1) << (drop - 1)
		mant >>= drop
		if rem > half || rem == half && mant&1 == 1 {
			mant++
		}
		mant <<= drop
		if mant&(1<<61) != 0 {
			// Rounded up to 2.0: renormalize.
			mant >>= 1
			exp++
		}
	}
	digits := lowerhex
	if fmt == 'X' {
		digits = "0123456789ABCDEF"
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, byte('0'+(mant>>60)&1))
	frac := mant << 4 // the fraction bits, from bit 63 down
	if prec < 0 && frac != 0 {
		dst = append(dst, '.')
		for frac != 0 {
			dst = append(dst, digits[frac>>60])
			frac <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digits[frac>>60])
			frac <<= 4
		}
	}
	dst = append(dst, 'p')
	if fmt == 'X' {
		dst[len(dst)-1] = 'P'
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}
