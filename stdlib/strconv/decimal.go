package strconv

// maxDigits is the number of significant decimal digits a decimal keeps: more than
// the longest exact expansion of a float64 (767 digits for subnormals), so that
// every binary floating-point value converts to a decimal exactly.
const maxDigits = 800

// shiftSlack is the room mul2 needs beyond the digits: 2**60 < 10**19.
const shiftSlack = 19

// maxShift is the largest power of two multiplied or divided in one pass, small
// enough for a digit times 2**maxShift plus carry to fit in a uint64.
const maxShift = 60

// A decimal is a non-negative number 0.d[0]d[1]...d[nd-1] × 10**dp held in ASCII
// digits without trailing zeros (nd == 0 means zero). It is used to convert binary
// floating-point values to exact decimal digits.
type decimal struct {
	d     [maxDigits + shiftSlack]byte
	nd    int
	dp    int
	trunc bool // nonzero digits were dropped beyond maxDigits
}

// setUint sets a to v.
func (a *decimal) setUint(v uint64) {
	var rev [20]byte
	n := 0
	for v > 0 {
		q := v / 10
		rev[n] = byte('0' + v - q*10)
		n++
		v = q
	}
	for i := 0; i < n; i++ {
		a.d[i] = rev[n-1-i]
	}
	a.nd = n
	a.dp = n
	a.trunc = false
	a.trim()
}

// trim removes trailing zero digits.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// shift multiplies a by 2**k (k > 0) or divides it by 2**-k (k < 0), exactly as
// long as the result has at most maxDigits significant digits.
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > 0 {
		s := k
		if s > maxShift {
			s = maxShift
		}
		a.mul2(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > maxShift {
			s = maxShift
		}
		a.div2(uint(s))
		k += s
	}
}

// mul2 multiplies a by 2**s, s <= maxShift: schoolbook multiplication from the
// least significant digit, the product written shiftSlack places to the right.
func (a *decimal) mul2(s uint) {
	w := a.nd + shiftSlack
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		v := uint64(a.d[r]-'0')<<s + carry
		carry = v / 10
		w--
		a.d[w] = byte('0' + v - carry*10)
	}
	for carry > 0 {
		q := carry / 10
		w--
		a.d[w] = byte('0' + carry - q*10)
		carry = q
	}
	n := a.nd + shiftSlack - w
	a.dp += n - a.nd
	copy(a.d[:n], a.d[w:w+n])
	if n > maxDigits {
		for i := maxDigits; i < n; i++ {
			if a.d[i] != '0' {
				a.trunc = true
			}
		}
		n = maxDigits
	}
	a.nd = n
	a.trim()
}

// div2 divides a by 2**s, s <= maxShift: long division from the most significant
// digit, the quotient written over the dividend.
func (a *decimal) div2(s uint) {
	var rem uint64
	r := 0
	// Take digits (then zeros) until the first quotient digit is nonzero.
	for rem>>s == 0 {
		if r < a.nd {
			rem = rem*10 + uint64(a.d[r]-'0')
		} else {
			rem *= 10
		}
		r++
	}
	a.dp -= r - 1
	mask := uint64(1)<<s - 1
	w := 0
	for ; r < a.nd; r++ {
		q := rem >> s
		rem = (rem&mask)*10 + uint64(a.d[r]-'0')
		a.d[w] = byte('0' + q)
		w++
	}
	for rem > 0 {
		q := rem >> s
		rem = (rem & mask) * 10
		if w < maxDigits {
			a.d[w] = byte('0' + q)
			w++
		} else if q > 0 {
			a.trunc = true
		}
	}
	a.nd = w
	a.trim()
}

// roundsUp reports whether rounding a to its first nd digits goes up: the digits
// dropped are more than half a unit, or exactly half and the last kept digit is odd.
func (a *decimal) roundsUp(nd int) bool {
	if nd < 0 || nd >= a.nd {
		return false
	}
	c := a.d[nd]
	if c != '5' {
		return c > '5'
	}
	if nd+1 < a.nd || a.trunc {
		return true
	}
	return nd > 0 && (a.d[nd-1]-'0')&1 == 1
}

// round rounds a to nd significant digits, halves to even. A negative nd leaves a
// unchanged (the value is below half a unit of the place asked for; callers print
// zeros there).
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.roundsUp(nd) {
		a.roundUp(nd)
	} else {
		a.nd = nd
		a.trim()
	}
}

// roundUp keeps the first nd digits and adds one unit in the last.
func (a *decimal) roundUp(nd int) {
	i := nd - 1
	for i >= 0 && a.d[i] == '9' {
		i--
	}
	if i < 0 {
		// All nines (or nd == 0): the result is 1 in the next place up.
		a.d[0] = '1'
		a.nd = 1
		a.dp++
		return
	}
	a.d[i]++
	a.nd = i + 1
}

// cmpDigits compares the numbers 0.x × 10**xdp and 0.y × 10**ydp, where x and y
// are digit strings without trailing zeros (empty for zero).
func cmpDigits(x []byte, xdp int, y []byte, ydp int) int {
	switch {
	case len(x) == 0 && len(y) == 0:
		return 0
	case len(x) == 0:
		return -1
	case len(y) == 0:
		return 1
	case xdp != ydp:
		if xdp < ydp {
			return -1
		}
		return 1
	}
	for i := 0; i < len(x) || i < len(y); i++ {
		var cx, cy byte = '0', '0'
		if i < len(x) {
			cx = x[i]
		}
		if i < len(y) {
			cy = y[i]
		}
		if cx != cy {
			if cx < cy {
				return -1
			}
			return 1
		}
	}
	return 0
}
