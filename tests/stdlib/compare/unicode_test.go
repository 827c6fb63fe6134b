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

// sameTable reports whether two range tables hold the same data (R16, R32 and
// LatinOffset, with nil slices where Go has them).
func sameTable(g *unicode.RangeTable, m *municode.RangeTable) bool {
	if g == nil || m == nil {
		return g == nil && m == nil
	}
	if len(g.R16) != len(m.R16) || len(g.R32) != len(m.R32) || g.LatinOffset != m.LatinOffset ||
		(g.R16 == nil) != (m.R16 == nil) || (g.R32 == nil) != (m.R32 == nil) {
		return false
	}
	for i, r := range g.R16 {
		if r.Lo != m.R16[i].Lo || r.Hi != m.R16[i].Hi || r.Stride != m.R16[i].Stride {
			return false
		}
	}
	for i, r := range g.R32 {
		if r.Lo != m.R32[i].Lo || r.Hi != m.R32[i].Hi || r.Stride != m.R32[i].Stride {
			return false
		}
	}
	return true
}

// TestUnicodeTables compares every table of Go's maps Categories, Scripts and
// Properties, the exported variables, and Is, In and IsOneOf.
func TestUnicodeTables(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	maps := []struct {
		name string
		g    map[string]*unicode.RangeTable
		m    map[string]*municode.RangeTable
	}{
		{"Categories", unicode.Categories, municode.Categories},
		{"Scripts", unicode.Scripts, municode.Scripts},
		{"Properties", unicode.Properties, municode.Properties},
	}
	for _, mp := range maps {
		c.check(len(mp.g) == len(mp.m), "len(%s) = %d, want %d", mp.name, len(mp.m), len(mp.g))
		for name, g := range mp.g {
			c.check(sameTable(g, mp.m[name]), "%s[%q] differs", mp.name, name)
		}
	}
	vars := []struct {
		name string
		g    *unicode.RangeTable
		m    *municode.RangeTable
		key  string // its name in the maps
	}{
		{"Letter", unicode.Letter, municode.Letter, "L"}, {"L", unicode.L, municode.L, "L"},
		{"Upper", unicode.Upper, municode.Upper, "Lu"}, {"Lu", unicode.Lu, municode.Lu, "Lu"},
		{"Lower", unicode.Lower, municode.Lower, "Ll"}, {"Ll", unicode.Ll, municode.Ll, "Ll"},
		{"Title", unicode.Title, municode.Title, "Lt"}, {"Lt", unicode.Lt, municode.Lt, "Lt"},
		{"Lm", unicode.Lm, municode.Lm, "Lm"}, {"Lo", unicode.Lo, municode.Lo, "Lo"},
		{"Digit", unicode.Digit, municode.Digit, "Nd"}, {"Nd", unicode.Nd, municode.Nd, "Nd"},
		{"Number", unicode.Number, municode.Number, "N"}, {"N", unicode.N, municode.N, "N"},
		{"Nl", unicode.Nl, municode.Nl, "Nl"}, {"No", unicode.No, municode.No, "No"},
		{"Space", unicode.Space, municode.Space, "Z"}, {"Z", unicode.Z, municode.Z, "Z"},
		{"Zs", unicode.Zs, municode.Zs, "Zs"}, {"Zl", unicode.Zl, municode.Zl, "Zl"}, {"Zp", unicode.Zp, municode.Zp, "Zp"},
		{"Punct", unicode.Punct, municode.Punct, "P"}, {"P", unicode.P, municode.P, "P"},
		{"Pc", unicode.Pc, municode.Pc, "Pc"}, {"Pd", unicode.Pd, municode.Pd, "Pd"}, {"Pe", unicode.Pe, municode.Pe, "Pe"},
		{"Pf", unicode.Pf, municode.Pf, "Pf"}, {"Pi", unicode.Pi, municode.Pi, "Pi"}, {"Po", unicode.Po, municode.Po, "Po"},
		{"Ps", unicode.Ps, municode.Ps, "Ps"},
		{"Symbol", unicode.Symbol, municode.Symbol, "S"}, {"S", unicode.S, municode.S, "S"},
		{"Sc", unicode.Sc, municode.Sc, "Sc"}, {"Sk", unicode.Sk, municode.Sk, "Sk"}, {"Sm", unicode.Sm, municode.Sm, "Sm"},
		{"So", unicode.So, municode.So, "So"},
		{"Mark", unicode.Mark, municode.Mark, "M"}, {"M", unicode.M, municode.M, "M"},
		{"Mc", unicode.Mc, municode.Mc, "Mc"}, {"Me", unicode.Me, municode.Me, "Me"}, {"Mn", unicode.Mn, municode.Mn, "Mn"},
		{"Other", unicode.Other, municode.Other, "C"}, {"C", unicode.C, municode.C, "C"},
		{"Cc", unicode.Cc, municode.Cc, "Cc"}, {"Cf", unicode.Cf, municode.Cf, "Cf"}, {"Co", unicode.Co, municode.Co, "Co"},
		{"Cs", unicode.Cs, municode.Cs, "Cs"},
		{"Latin", unicode.Latin, municode.Latin, "Latin"}, {"Greek", unicode.Greek, municode.Greek, "Greek"},
		{"Cyrillic", unicode.Cyrillic, municode.Cyrillic, "Cyrillic"}, {"Han", unicode.Han, municode.Han, "Han"},
		{"Hiragana", unicode.Hiragana, municode.Hiragana, "Hiragana"}, {"Katakana", unicode.Katakana, municode.Katakana, "Katakana"},
		{"Arabic", unicode.Arabic, municode.Arabic, "Arabic"}, {"Hebrew", unicode.Hebrew, municode.Hebrew, "Hebrew"},
		{"Hangul", unicode.Hangul, municode.Hangul, "Hangul"}, {"Common", unicode.Common, municode.Common, "Common"},
		{"Inherited", unicode.Inherited, municode.Inherited, "Inherited"}, {"Devanagari", unicode.Devanagari, municode.Devanagari, "Devanagari"},
		{"Thai", unicode.Thai, municode.Thai, "Thai"}, {"Armenian", unicode.Armenian, municode.Armenian, "Armenian"},
		{"Georgian", unicode.Georgian, municode.Georgian, "Georgian"}, {"Yi", unicode.Yi, municode.Yi, "Yi"},
		{"White_Space", unicode.White_Space, municode.White_Space, "White_Space"},
		{"Hex_Digit", unicode.Hex_Digit, municode.Hex_Digit, "Hex_Digit"},
		{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit, municode.ASCII_Hex_Digit, "ASCII_Hex_Digit"},
		{"Dash", unicode.Dash, municode.Dash, "Dash"}, {"Hyphen", unicode.Hyphen, municode.Hyphen, "Hyphen"},
		{"Quotation_Mark", unicode.Quotation_Mark, municode.Quotation_Mark, "Quotation_Mark"},
		{"Pattern_White_Space", unicode.Pattern_White_Space, municode.Pattern_White_Space, "Pattern_White_Space"},
		{"Ideographic", unicode.Ideographic, municode.Ideographic, "Ideographic"},
		{"STerm", unicode.STerm, municode.STerm, "STerm"}, {"Sentence_Terminal", unicode.Sentence_Terminal, municode.Sentence_Terminal, "Sentence_Terminal"},
		{"Variation_Selector", unicode.Variation_Selector, municode.Variation_Selector, "Variation_Selector"},
	}
	for _, v := range vars {
		c.check(sameTable(v.g, v.m), "%s differs", v.name)
		inMap := municode.Categories[v.key]
		if inMap == nil {
			inMap = municode.Scripts[v.key]
		}
		if inMap == nil {
			inMap = municode.Properties[v.key]
		}
		c.check(inMap == v.m, "%s is not the map's %q", v.name, v.key)
	}
	c.check(len(unicode.GraphicRanges) == len(municode.GraphicRanges) && len(unicode.PrintRanges) == len(municode.PrintRanges), "GraphicRanges, PrintRanges")
	for i := range unicode.GraphicRanges {
		c.check(sameTable(unicode.GraphicRanges[i], municode.GraphicRanges[i]), "GraphicRanges[%d]", i)
	}
	for i := range unicode.PrintRanges {
		c.check(sameTable(unicode.PrintRanges[i], municode.PrintRanges[i]), "PrintRanges[%d]", i)
	}

	// Is, In and IsOneOf over every rune for the common tables, over a sample for
	// the others, and on tables of a program's own (unsorted ones too: the results
	// depend on the search, linear or binary, as Go's).
	runes := []rune{-1, -0x80000000, 0x7fffffff, 0x110000, 0x7fffff, 0xFFFF, 0x10000}
	for r := rune(0); r <= 0x10FFFF+10; r++ {
		runes = append(runes, r)
	}
	for _, v := range vars[:60] {
		for _, r := range runes {
			c.check(unicode.Is(v.g, r) == municode.Is(v.m, r), "Is(%s, %U)", v.name, r)
		}
	}
	rnd := newRand()
	for _, mp := range maps {
		for name, g := range mp.g {
			m := mp.m[name]
			for i := 0; i < n(20000); i++ {
				r := runes[rnd.Intn(len(runes))]
				c.check(unicode.Is(g, r) == municode.Is(m, r), "Is(%s, %U)", name, r)
			}
		}
	}
	own := []struct {
		g *unicode.RangeTable
		m *municode.RangeTable
	}{
		{&unicode.RangeTable{}, &municode.RangeTable{}},
		{&unicode.RangeTable{R16: []unicode.Range16{{0x41, 0x5a, 1}, {0x100, 0x200, 3}}, R32: []unicode.Range32{{0x10000, 0x10100, 7}}},
			&municode.RangeTable{R16: []municode.Range16{{0x41, 0x5a, 1}, {0x100, 0x200, 3}}, R32: []municode.Range32{{0x10000, 0x10100, 7}}}},
		{&unicode.RangeTable{R16: []unicode.Range16{{0x300, 0x400, 1}, {0x41, 0x5a, 1}, {0x100, 0x200, 3}}},
			&municode.RangeTable{R16: []municode.Range16{{0x300, 0x400, 1}, {0x41, 0x5a, 1}, {0x100, 0x200, 3}}}},
	}
	var g20 []unicode.Range16
	var m20 []municode.Range16
	for i := 0; i < 30; i++ { // unsorted and longer than a linear scan
		lo := uint16((i * 7919) % 0xF000)
		g20 = append(g20, unicode.Range16{Lo: lo, Hi: lo + uint16(i%5)*3, Stride: uint16(1 + i%3)})
		m20 = append(m20, municode.Range16{Lo: lo, Hi: lo + uint16(i%5)*3, Stride: uint16(1 + i%3)})
	}
	own = append(own, struct {
		g *unicode.RangeTable
		m *municode.RangeTable
	}{&unicode.RangeTable{R16: g20}, &municode.RangeTable{R16: m20}})
	for i, o := range own {
		for r := rune(-2); r <= 0x11000; r++ {
			c.check(unicode.Is(o.g, r) == municode.Is(o.m, r), "Is(own table %d, %U)", i, r)
		}
	}
	for _, r := range runes[:200000] {
		c.check(unicode.In(r, unicode.Han, unicode.Latin, unicode.Greek) == municode.In(r, municode.Han, municode.Latin, municode.Greek), "In(%U)", r)
		c.check(unicode.In(r) == municode.In(r), "In(%U) with no table", r)
		c.check(unicode.IsOneOf([]*unicode.RangeTable{unicode.Cyrillic, unicode.Digit}, r) ==
			municode.IsOneOf([]*municode.RangeTable{municode.Cyrillic, municode.Digit}, r), "IsOneOf(%U)", r)
	}
}
