package compare

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	mstrconv "mstd/strconv"
)

// errString renders an error for comparison (type-independent).
func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// numErr checks that a minigo error has the right shape: *NumError wrapping ErrSyntax/ErrRange.
func sameNumErr(a, b error) bool {
	if (a == nil) != (b == nil) {
		return false
	}
	if a == nil {
		return true
	}
	ea, ok1 := a.(*strconv.NumError)
	eb, ok2 := b.(*mstrconv.NumError)
	if !ok1 || !ok2 {
		return false
	}
	if ea.Func != eb.Func || ea.Num != eb.Num || ea.Err.Error() != eb.Err.Error() {
		return false
	}
	if (ea.Err == strconv.ErrRange) != (eb.Err == mstrconv.ErrRange) ||
		(ea.Err == strconv.ErrSyntax) != (eb.Err == mstrconv.ErrSyntax) {
		return false
	}
	return errors.Unwrap(eb) == eb.Err && a.Error() == b.Error()
}

func panicMsg(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func TestStrconvInt(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	ints := []int64{0, 1, -1, 9, 10, 11, 99, 100, 101, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, 1 << 32}
	for i := 0; i < n(200000); i++ {
		switch r.Intn(3) {
		case 0:
			ints = append(ints, r.Int63()>>uint(r.Intn(63)))
		case 1:
			ints = append(ints, -(r.Int63() >> uint(r.Intn(63))))
		case 2:
			ints = append(ints, int64(r.Uint64()))
		}
	}
	for _, x := range ints {
		base := 2 + r.Intn(35)
		for _, b := range []int{10, base} {
			c.check(strconv.FormatInt(x, b) == mstrconv.FormatInt(x, b), "FormatInt(%d, %d)", x, b)
			c.check(strconv.FormatUint(uint64(x), b) == mstrconv.FormatUint(uint64(x), b), "FormatUint(%d, %d)", uint64(x), b)
			c.check(string(strconv.AppendInt([]byte("x"), x, b)) == string(mstrconv.AppendInt([]byte("x"), x, b)), "AppendInt")
			c.check(string(strconv.AppendUint([]byte("x"), uint64(x), b)) == string(mstrconv.AppendUint([]byte("x"), uint64(x), b)), "AppendUint")
		}
		c.check(strconv.Itoa(int(x)) == mstrconv.Itoa(int(x)), "Itoa(%d)", x)
	}
	for _, b := range []int{-1, 0, 1, 37, 100} {
		b := b
		p1 := panicMsg(func() { strconv.FormatInt(5, b) })
		p2 := panicMsg(func() { mstrconv.FormatInt(5, b) })
		c.check(p1 == p2, "FormatInt panic base %d: %q vs %q", b, p2, p1)
		p1 = panicMsg(func() { strconv.AppendUint(nil, 5, b) })
		p2 = panicMsg(func() { mstrconv.AppendUint(nil, 5, b) })
		c.check(p1 == p2, "AppendUint panic base %d: %q vs %q", b, p2, p1)
	}

	// Parsing: formatted numbers, mutated, and random junk.
	var inputs []string
	fixed := []string{"", "0", "-0", "+0", "+", "-", "0x", "0X1f", "0b", "0b101", "0o17", "0O17", "017", "08", "0_1", "1_000", "_1", "1_", "1__0",
		"0x_1", "0b_1", "0o_7", "0_x1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999999", "-99999999999999999999x", "1x", " 1", "1 ", "z", "Z", "zz", "+-1", "--1",
		"127", "128", "-128", "-129", "255", "256", "32767", "32768", "65535", "65536", "2147483647", "2147483648", "4294967295", "4294967296", "0xffffffffffffffff", "0x10000000000000000",
		"1234567890123456789", "12345678901234567890", "-1234567890123456789", "123456789012345678", "-123456789012345678", "+123456789012345678"}
	inputs = append(inputs, fixed...)
	alphabet := "0123456789abfxzABFOXZ_+- ."
	for i := 0; i < n(300000); i++ {
		switch r.Intn(4) {
		case 0:
			b := make([]byte, r.Intn(25))
			for j := range b {
				b[j] = alphabet[r.Intn(len(alphabet))]
			}
			inputs = append(inputs, string(b))
		case 1:
			inputs = append(inputs, strconv.FormatInt(int64(r.Uint64())>>uint(r.Intn(64)), 2+r.Intn(35)))
		case 2:
			s := strconv.FormatUint(r.Uint64()>>uint(r.Intn(64)), []int{2, 8, 10, 16}[r.Intn(4)])
			pre := []string{"", "0x", "0b", "0o", "0", "-", "+", "-0x", "+0b"}[r.Intn(9)]
			s = pre + s
			if r.Intn(3) == 0 && len(s) > 1 {
				k := r.Intn(len(s))
				s = s[:k] + "_" + s[k:]
			}
			inputs = append(inputs, s)
		case 3:
			inputs = append(inputs, strconv.Itoa(r.Intn(2000000)-1000000))
		}
	}
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7}
	bitSizes := []int{0, 8, 16, 32, 64, 65, -1, 7}
	for i, s := range inputs {
		base := bases[i%len(bases)]
		if i%3 == 0 {
			base = 0
		}
		bits := bitSizes[(i/len(bases))%len(bitSizes)]
		if i%5 == 0 {
			bits = 64
		}
		v1, e1 := strconv.ParseInt(s, base, bits)
		v2, e2 := mstrconv.ParseInt(s, base, bits)
		c.check(v1 == v2 && sameNumErr(e1, e2), "ParseInt(%q, %d, %d) = %d, %v; want %d, %v", s, base, bits, v2, e2, v1, e1)
		u1, e1 := strconv.ParseUint(s, base, bits)
		u2, e2 := mstrconv.ParseUint(s, base, bits)
		c.check(u1 == u2 && sameNumErr(e1, e2), "ParseUint(%q, %d, %d) = %d, %v; want %d, %v", s, base, bits, u2, e2, u1, e1)
		a1, e1 := strconv.Atoi(s)
		a2, e2 := mstrconv.Atoi(s)
		c.check(a1 == a2 && sameNumErr(e1, e2), "Atoi(%q) = %d, %v; want %d, %v", s, a2, e2, a1, e1)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "", "tRUE", "yes", "2"} {
		b1, e1 := strconv.ParseBool(s)
		b2, e2 := mstrconv.ParseBool(s)
		c.check(b1 == b2 && sameNumErr(e1, e2), "ParseBool(%q)", s)
	}
	c.check(strconv.FormatBool(true) == mstrconv.FormatBool(true) && strconv.FormatBool(false) == mstrconv.FormatBool(false), "FormatBool")
	c.check(string(strconv.AppendBool([]byte("a"), true)) == string(mstrconv.AppendBool([]byte("a"), true)), "AppendBool")
	c.check(strconv.IntSize == mstrconv.IntSize, "IntSize")
}

func TestStrconvQuote(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	strs := []string{"", "\x00", "\a\b\f\n\r\t\v", "\\", "\"", "'", "`", "\x7f", "\u00ad", "\ufeff", "\u2028", "\U0001F600", "\xff\xfe", "\ufffd", "\u0300", "\u00a0", "\u3000", "héllo, 世界", "a\tb"}
	for i := 0; i < n(200000); i++ {
		strs = append(strs, randString(r, 10))
	}
	for _, s := range strs {
		c.check(strconv.Quote(s) == mstrconv.Quote(s), "Quote(%q) = %s", s, mstrconv.Quote(s))
		c.check(strconv.QuoteToASCII(s) == mstrconv.QuoteToASCII(s), "QuoteToASCII(%q) = %s", s, mstrconv.QuoteToASCII(s))
		c.check(strconv.QuoteToGraphic(s) == mstrconv.QuoteToGraphic(s), "QuoteToGraphic(%q) = %s", s, mstrconv.QuoteToGraphic(s))
		c.check(string(strconv.AppendQuote([]byte("x"), s)) == string(mstrconv.AppendQuote([]byte("x"), s)), "AppendQuote(%q)", s)
		c.check(string(strconv.AppendQuoteToASCII([]byte("x"), s)) == string(mstrconv.AppendQuoteToASCII([]byte("x"), s)), "AppendQuoteToASCII(%q)", s)
		c.check(string(strconv.AppendQuoteToGraphic([]byte("x"), s)) == string(mstrconv.AppendQuoteToGraphic([]byte("x"), s)), "AppendQuoteToGraphic(%q)", s)
		c.check(strconv.CanBackquote(s) == mstrconv.CanBackquote(s), "CanBackquote(%q)", s)
	}
	runes := []rune{-1, 0, 7, '\'', '"', '\\', 0x7f, 0xad, 0xfeff, 0xfffd, 0xd800, 0x10ffff, 0x110000, 0x7fffffff, -0x80000000, 0x1F600, 0x3000}
	for x := rune(0); x < 0x30000; x += 1 + rune(r.Intn(7)) {
		runes = append(runes, x)
	}
	for i := 0; i < 20000; i++ {
		runes = append(runes, rune(r.Uint32()))
	}
	for _, x := range runes {
		c.check(strconv.QuoteRune(x) == mstrconv.QuoteRune(x), "QuoteRune(%d)", x)
		c.check(strconv.QuoteRuneToASCII(x) == mstrconv.QuoteRuneToASCII(x), "QuoteRuneToASCII(%d)", x)
		c.check(strconv.QuoteRuneToGraphic(x) == mstrconv.QuoteRuneToGraphic(x), "QuoteRuneToGraphic(%d)", x)
		c.check(string(strconv.AppendQuoteRune(nil, x)) == string(mstrconv.AppendQuoteRune(nil, x)), "AppendQuoteRune(%d)", x)
		c.check(string(strconv.AppendQuoteRuneToASCII(nil, x)) == string(mstrconv.AppendQuoteRuneToASCII(nil, x)), "AppendQuoteRuneToASCII(%d)", x)
		c.check(string(strconv.AppendQuoteRuneToGraphic(nil, x)) == string(mstrconv.AppendQuoteRuneToGraphic(nil, x)), "AppendQuoteRuneToGraphic(%d)", x)
		c.check(strconv.IsPrint(x) == mstrconv.IsPrint(x), "IsPrint(%d)", x)
		c.check(strconv.IsGraphic(x) == mstrconv.IsGraphic(x), "IsGraphic(%d)", x)
	}
	// Unquoting: quoted forms, mutated, and random junk made of quote-relevant characters.
	quoted := []string{"", "\"", "''", "'a'", "'ab'", "'\\''", "'\"'", "\"'\"", "\"\\'\"", "'\\\"'", "``", "`a\rb`", "`a`b", "\"a\nb\"", "\"\\x80\"", "'\\x80'", "'\\u00e9'", "'\\377'", "'\\400'", "\"\\400\"", "'\xff'", "\"\xff\"", "'\u00e9'", "\"abc", "abc\"", "\"\\\"", "\"\\\\\"", "'\\U0010ffff'", "'\\U00110000'", "'\\ud800'", "\"\\a\\b\\f\\n\\r\\t\\v\"", "\"\\z\"", "\"\\0\"", "\"\\01\"", "\"\\012\"", "\"\\x1\"", "\"\\xg0\"", "\"a\"b", "'a'b", "`a`b", "\"\"\"", "'", "`"}
	junk := "ab\\'\"`xu0U1e\n\r7f\xff\u00e9"
	for i := 0; i < n(200000); i++ {
		switch r.Intn(4) {
		case 0:
			quoted = append(quoted, strconv.Quote(randString(r, 8)))
		case 1:
			quoted = append(quoted, strconv.QuoteRune(rune(r.Intn(0x110000))))
		case 2:
			b := []byte(strconv.Quote(randString(r, 6)))
			if len(b) > 0 {
				b[r.Intn(len(b))] = junk[r.Intn(len(junk))]
			}
			quoted = append(quoted, string(b))
		case 3:
			q := []string{"\"", "'", "`"}[r.Intn(3)]
			b := []byte(q)
			for j := r.Intn(6); j > 0; j-- {
				b = append(b, junk[r.Intn(len(junk))])
			}
			if r.Intn(4) != 0 {
				b = append(b, q...)
			}
			if r.Intn(4) == 0 {
				b = append(b, 'z')
			}
			quoted = append(quoted, string(b))
		}
	}
	for _, s := range quoted {
		u1, e1 := strconv.Unquote(s)
		u2, e2 := mstrconv.Unquote(s)
		c.check(u1 == u2 && errString(e1) == errString(e2) && (e2 == nil || e2 == mstrconv.ErrSyntax), "Unquote(%q) = %q, %v; want %q, %v", s, u2, e2, u1, e1)
		p1, e1 := strconv.QuotedPrefix(s)
		p2, e2 := mstrconv.QuotedPrefix(s)
		c.check(p1 == p2 && errString(e1) == errString(e2), "QuotedPrefix(%q) = %q, %v; want %q, %v", s, p2, e2, p1, e1)
		if len(s) > 0 {
			for _, q := range []byte{0, '"', '\''} {
				v1, m1, t1, e1 := strconv.UnquoteChar(s[1:], q)
				v2, m2, t2, e2 := mstrconv.UnquoteChar(s[1:], q)
				c.check(v1 == v2 && m1 == m2 && t1 == t2 && errString(e1) == errString(e2), "UnquoteChar(%q, %q)", s[1:], q)
			}
		}
	}
}

// randFloat returns an interesting float64: random bits, round decimals, integers,
// values near powers of ten and two, subnormals.
func randFloat(r *rand.Rand) float64 {
	switch r.Intn(10) {
	case 0, 1:
		return math.Float64frombits(r.Uint64())
	case 2:
		f, _ := strconv.ParseFloat(strconv.Itoa(r.Intn(100000))+"e"+strconv.Itoa(r.Intn(60)-30), 64)
		return f
	case 3:
		return float64(r.Int63() >> uint(r.Intn(63)))
	case 4:
		return math.Float64frombits(r.Uint64() >> 12) // subnormal
	case 5:
		f := math.Pow(10, float64(r.Intn(620)-310))
		return math.Float64frombits(math.Float64bits(f) + uint64(r.Intn(5)) - 2)
	case 6:
		return math.Ldexp(1, r.Intn(2100)-1075)
	case 7:
		return (r.Float64() - 0.5) * math.Pow(10, float64(r.Intn(40)-20))
	case 8:
		// exactly halfway decimal patterns like 0.125, 2.5, 1.0625
		return float64(r.Intn(1<<20)) / float64(uint64(1)<<uint(r.Intn(30)))
	}
	return float64(float32(r.NormFloat64() * math.Pow(10, float64(r.Intn(20)-10))))
}

func TestStrconvFormatFloat(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456, 1234567, 0.000123,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 2.2250738585072014e-308,
		2.2250738585072009e-308, 1 << 53, 1<<53 + 2, 1 << 54, 9007199254740993, 123456789012345680, 1e23, 8.41e21, 5e22, 0.5, 1.5, 2.5, 0.125, 0.375,
		float64(math.MaxFloat32), math.SmallestNonzeroFloat32, 16777216, 16777217, 3.4028235e38, 1e38, 1.17549435e-38}
	for i := 0; i < n(1000000); i++ {
		vals = append(vals, randFloat(r))
	}
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for i, v := range vals {
		for _, f := range formats {
			c.check(strconv.FormatFloat(v, f, -1, 64) == mstrconv.FormatFloat(v, f, -1, 64), "FormatFloat(%b, %c, -1, 64) = %s, want %s", v, f, mstrconv.FormatFloat(v, f, -1, 64), strconv.FormatFloat(v, f, -1, 64))
			prec := r.Intn(20)
			if r.Intn(20) == 0 {
				prec = r.Intn(400)
			}
			c.check(strconv.FormatFloat(v, f, prec, 64) == mstrconv.FormatFloat(v, f, prec, 64), "FormatFloat(%b, %c, %d, 64) = %s, want %s", v, f, prec, mstrconv.FormatFloat(v, f, prec, 64), strconv.FormatFloat(v, f, prec, 64))
			if i%4 == 0 {
				f32 := float64(float32(v))
				c.check(strconv.FormatFloat(f32, f, -1, 32) == mstrconv.FormatFloat(f32, f, -1, 32), "FormatFloat(%b, %c, -1, 32) = %s, want %s", f32, f, mstrconv.FormatFloat(f32, f, -1, 32), strconv.FormatFloat(f32, f, -1, 32))
				c.check(strconv.FormatFloat(f32, f, prec, 32) == mstrconv.FormatFloat(f32, f, prec, 32), "FormatFloat(%b, %c, %d, 32)", f32, f, prec)
			}
		}
		if i%16 == 0 {
			c.check(string(strconv.AppendFloat([]byte("x"), v, 'g', -1, 64)) == string(mstrconv.AppendFloat([]byte("x"), v, 'g', -1, 64)), "AppendFloat(%v)", v)
			c.check(strconv.FormatFloat(v, 'z', -1, 64) == mstrconv.FormatFloat(v, 'z', -1, 64), "FormatFloat(%v, 'z')", v)
		}
	}
	for _, bs := range []int{0, 16, 128} {
		bs := bs
		p1 := panicMsg(func() { strconv.FormatFloat(1, 'g', -1, bs) })
		p2 := panicMsg(func() { mstrconv.FormatFloat(1, 'g', -1, bs) })
		c.check(p1 == p2, "FormatFloat bitSize %d panic %q vs %q", bs, p2, p1)
	}
}

func TestStrconvParseFloat(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	inputs := []string{"", "0", "-0", "+0", "1", "-1", "1e", "1e+", "1e-", "e1", ".", ".e1", "1.", ".1", "1.5e308", "1.8e308", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "179769313486231580793728971405301e276", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9e-324", "5e-324", "1e-400", "1e400", "-1e400",
		"inf", "-inf", "+inf", "Inf", "INF", "infinity", "-Infinity", "+INFINITY", "infin", "infinityx", "nan", "NaN", "NAN", "-nan", "+nan", "nanx", "in", "i", "n",
		"0x1p0", "0x1.8p1", "0X1P-2", "0x.8p1", "0x1", "0x1p", "0x1p+", "0xp1", "0x.p1", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076",
		"0x1.0000000000000000000001p0", "0x1.00000000000008p0", "0x1.00000000000008000001p0", "0x1.00000000000018p0", "0x_1p0", "0x1_0p0", "0x1p1_0", "1_000", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1e5_", "0_1",
		"1e1_0", "0x1.8p_1", "00", "007", "0.000", "000.0001e4", "123456789012345678901234567890", "1e-320", "3.4028235e38", "3.4028236e38", "3.40282357e38", "1e39", "1.4e-45", "7e-46", "7.1e-46",
		"9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000001", "0.1", "0.30000000000000004", "1e23", "8.41e21", "1 ", " 1", "1x", "--1", "+-1", "0x", "0xg", ".e", "1.2.3", "1e1e1",
		"2.225073858507201136057409796709131975934819546351645648023426109724822222021076945516529523908135087914149158913039621106870086438694594645527657207407820621743379988141063267329253552286881372149012981122451451889849057222307285255133155755015914397476397983411801999323962548289017107081850690630666655994938275772572015763062690663332647565300009245888316433037779791869612049497390377829704905051080609940730262937128958950003583799967207254304360284078895771796150945516748243471030702609144621572289880258182545180325707018860872113128079512233426288368622321503775666622503982534335974568884423900265498198385487948292206894721689831099698365846814022854243330660339850886445804001034933970427567186443383770486037861622771738545623065874679014086723327636718751234567890123456789012345678901234567890e-308",
	}
	for i := 0; i < n(500000); i++ {
		v := randFloat(r)
		switch r.Intn(8) {
		case 0, 1:
			inputs = append(inputs, strconv.FormatFloat(v, 'g', -1, 64))
		case 2:
			// Truncated or extended digit strings: near halfway points.
			s := strconv.FormatFloat(v, 'e', 16+r.Intn(30), 64)
			inputs = append(inputs, s)
		case 3:
			s := strconv.FormatFloat(v, 'e', r.Intn(20), 64)
			inputs = append(inputs, s)
		case 4:
			inputs = append(inputs, strconv.FormatFloat(v, 'x', -1, 64), strconv.FormatFloat(v, 'x', r.Intn(16), 64))
		case 5:
			inputs = append(inputs, strconv.FormatFloat(float64(float32(v)), 'g', -1, 32), strconv.FormatFloat(v, 'f', r.Intn(30), 64))
		case 6:
			// Exactly halfway between two floats: the shortest decimal of the midpoint.
			m := math.Float64bits(math.Abs(v))
			if m < 0x7FE0000000000000 {
				mid := midpoint(math.Float64frombits(m))
				inputs = append(inputs, mid)
				// and just above / below it
				inputs = append(inputs, mid+"0000000000000000000001")
				if k := strings.LastIndexAny(mid, "123456789"); k >= 0 {
					inputs = append(inputs, mid[:k]+string(mid[k]-1)+"99999999999999999999")
				}
			}
		case 7:
			alphabet := "0123456789.eE+-_xXpPinfatyINF"
			b := make([]byte, 1+r.Intn(12))
			for j := range b {
				b[j] = alphabet[r.Intn(len(alphabet))]
			}
			inputs = append(inputs, string(b))
		}
	}
	for _, s := range inputs {
		for _, bs := range []int{64, 32} {
			f1, e1 := strconv.ParseFloat(s, bs)
			f2, e2 := mstrconv.ParseFloat(s, bs)
			same := math.Float64bits(f1) == math.Float64bits(f2) || math.IsNaN(f1) && math.IsNaN(f2)
			c.check(same && sameNumErr(e1, e2), "ParseFloat(%q, %d) = %v (%b), %v; want %v (%b), %v", s, bs, f2, f2, e2, f1, f1, e1)
		}
	}
}

// midpoint returns the exact decimal expansion of the midpoint between lo and the
// float above it.
func midpoint(lo float64) string {
	b := math.Float64bits(lo)
	exp := int(b>>52)&0x7FF
	mant := b & (1<<52 - 1)
	if exp == 0 {
		exp = 1
	} else {
		mant |= 1 << 52
	}
	return exactDecimalString(2*mant+1, exp-1075-1)
}

// exactDecimalString returns the exact decimal of n × 2**e.
func exactDecimalString(n uint64, e int) string {
	x := new(big.Int).SetUint64(n)
	if e >= 0 {
		return x.Lsh(x, uint(e)).String()
	}
	// n × 2**e = n × 5**-e / 10**-e
	x.Mul(x, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil))
	s := x.String()
	k := -e
	for len(s) <= k {
		s = "0" + s
	}
	return s[:len(s)-k] + "." + s[len(s)-k:]
}
