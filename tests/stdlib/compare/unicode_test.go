package compare

import (
	"testing"
	"unicode"

	municode "mstd/unicode"
)

func TestUnicode(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	type pred struct {
		name string
		f, g func(rune) bool
	}
	preds := []pred{
		{"IsLetter", unicode.IsLetter, municode.IsLetter},
		{"IsDigit", unicode.IsDigit, municode.IsDigit},
		{"IsNumber", unicode.IsNumber, municode.IsNumber},
		{"IsSpace", unicode.IsSpace, municode.IsSpace},
		{"IsUpper", unicode.IsUpper, municode.IsUpper},
		{"IsLower", unicode.IsLower, municode.IsLower},
		{"IsTitle", unicode.IsTitle, municode.IsTitle},
		{"IsPunct", unicode.IsPunct, municode.IsPunct},
		{"IsMark", unicode.IsMark, municode.IsMark},
		{"IsSymbol", unicode.IsSymbol, municode.IsSymbol},
		{"IsPrint", unicode.IsPrint, municode.IsPrint},
		{"IsGraphic", unicode.IsGraphic, municode.IsGraphic},
		{"IsControl", unicode.IsControl, municode.IsControl},
	}
	type mapping struct {
		name string
		f, g func(rune) rune
	}
	maps := []mapping{
		{"ToUpper", unicode.ToUpper, municode.ToUpper},
		{"ToLower", unicode.ToLower, municode.ToLower},
		{"ToTitle", unicode.ToTitle, municode.ToTitle},
		{"SimpleFold", unicode.SimpleFold, municode.SimpleFold},
		{"To(UpperCase)", func(r rune) rune { return unicode.To(unicode.UpperCase, r) }, func(r rune) rune { return municode.To(municode.UpperCase, r) }},
		{"To(3)", func(r rune) rune { return unicode.To(3, r) }, func(r rune) rune { return municode.To(3, r) }},
	}
	runes := []rune{-1, -0x80000000, 0x7fffffff, 0x110000, 0x7fffff}
	for r := rune(0); r <= 0x10FFFF+10; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		for _, p := range preds {
			c.check(p.f(r) == p.g(r), "%s(%U)", p.name, r)
		}
		for _, m := range maps {
			a, b := m.f(r), m.g(r)
			c.check(a == b, "%s(%U) = %U, want %U", m.name, r, b, a)
		}
	}
	c.check(unicode.Version == municode.Version, "Version")
}
