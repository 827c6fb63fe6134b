package compare

import (
	"testing"
	"unicode/utf8"

	mutf8 "mstd/unicode/utf8"
)

func TestUTF8(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	inputs := []string{"", "a", "\xff", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "\xe2\x82", "€", "a€b\xffc", "\xf0\x9f\x98\x80"}
	for i := 0; i < n(200000); i++ {
		inputs = append(inputs, randString(r, 12))
	}
	// all 1-, 2- and 3-byte prefixes of interest
	for a := 0x80; a < 0x100; a++ {
		for b := 0x70; b < 0xD0; b += 3 {
			inputs = append(inputs, string([]byte{byte(a), byte(b)}), string([]byte{byte(a), byte(b), 0x80}), string([]byte{byte(a), byte(b), 0x80, 0xBF}))
		}
	}
	for _, s := range inputs {
		b := []byte(s)
		r1, s1 := utf8.DecodeRuneInString(s)
		r2, s2 := mutf8.DecodeRuneInString(s)
		c.check(r1 == r2 && s1 == s2, "DecodeRuneInString(%q)", s)
		r1, s1 = utf8.DecodeRune(b)
		r2, s2 = mutf8.DecodeRune(b)
		c.check(r1 == r2 && s1 == s2, "DecodeRune(%q)", s)
		r1, s1 = utf8.DecodeLastRuneInString(s)
		r2, s2 = mutf8.DecodeLastRuneInString(s)
		c.check(r1 == r2 && s1 == s2, "DecodeLastRuneInString(%q)", s)
		r1, s1 = utf8.DecodeLastRune(b)
		r2, s2 = mutf8.DecodeLastRune(b)
		c.check(r1 == r2 && s1 == s2, "DecodeLastRune(%q)", s)
		c.check(utf8.RuneCountInString(s) == mutf8.RuneCountInString(s), "RuneCountInString(%q)", s)
		c.check(utf8.RuneCount(b) == mutf8.RuneCount(b), "RuneCount(%q)", s)
		c.check(utf8.ValidString(s) == mutf8.ValidString(s), "ValidString(%q)", s)
		c.check(utf8.Valid(b) == mutf8.Valid(b), "Valid(%q)", s)
		c.check(utf8.FullRune(b) == mutf8.FullRune(b), "FullRune(%q)", s)
		c.check(utf8.FullRuneInString(s) == mutf8.FullRuneInString(s), "FullRuneInString(%q)", s)
	}
	runes := []rune{-1, -0x80000000, 0x7fffffff, 0x110000, 0xD800, 0xDFFF, 0xD7FF, 0xE000}
	for x := rune(0); x < 0x110100; x++ {
		runes = append(runes, x)
	}
	for _, x := range runes {
		c.check(utf8.RuneLen(x) == mutf8.RuneLen(x), "RuneLen(%d)", x)
		c.check(utf8.ValidRune(x) == mutf8.ValidRune(x), "ValidRune(%d)", x)
		var b1, b2 [4]byte
		n1 := utf8.EncodeRune(b1[:], x)
		n2 := mutf8.EncodeRune(b2[:], x)
		c.check(n1 == n2 && b1 == b2, "EncodeRune(%d)", x)
		c.check(string(utf8.AppendRune([]byte("x"), x)) == string(mutf8.AppendRune([]byte("x"), x)), "AppendRune(%d)", x)
	}
	for b := 0; b < 256; b++ {
		c.check(utf8.RuneStart(byte(b)) == mutf8.RuneStart(byte(b)), "RuneStart(%d)", b)
	}
}
