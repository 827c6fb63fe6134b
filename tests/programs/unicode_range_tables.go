// Checks unicode's *RangeTable variables (categories, scripts, properties), Is, In, IsOneOf and the maps Categories/Scripts/Properties.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func count(t *unicode.RangeTable) int {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(t, r) {
			n++
		}
	}
	return n
}

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"Upper", unicode.Upper}, {"Lower", unicode.Lower}, {"Title", unicode.Title},
		{"Digit", unicode.Digit}, {"Number", unicode.Number}, {"Space", unicode.Space}, {"White_Space", unicode.White_Space},
		{"Punct", unicode.Punct}, {"Symbol", unicode.Symbol}, {"Mark", unicode.Mark}, {"Cc", unicode.Cc}, {"Zs", unicode.Zs},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic}, {"Han", unicode.Han},
		{"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana}, {"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew},
	}
	for _, t := range tables {
		fmt.Printf("%-12s %7d runes, %3d R16, %3d R32, LatinOffset %d\n", t.name, count(t.t), len(t.t.R16), len(t.t.R32), t.t.LatinOffset)
	}
	fmt.Println(unicode.Letter.R16[:4], unicode.Han.R32[0], unicode.Greek.R16[0])

	// Classify the runes of a text by script.
	text := "Hello, Мир! Γειά σου κόσμε. 世界 こんにちは カタカナ مرحبا שלום 123 ٣"
	scripts := []string{"Latin", "Cyrillic", "Greek", "Han", "Hiragana", "Katakana", "Arabic", "Hebrew", "Common"}
	for _, r := range text {
		name := "?"
		for _, s := range scripts {
			if unicode.Is(unicode.Scripts[s], r) {
				name = s
				break
			}
		}
		fmt.Printf("%c:%s ", r, name)
	}
	fmt.Println()
	fmt.Println(unicode.In('Ж', unicode.Latin, unicode.Cyrillic), unicode.In('Ж'), unicode.In('x', unicode.Han),
		unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Punct}, '!'), unicode.IsOneOf(nil, 'a'))
	fmt.Println(unicode.Is(unicode.Nd, '٣'), unicode.IsDigit('٣'), unicode.Is(unicode.Lu, 'Ǆ'), unicode.Is(unicode.Lt, 'ǅ'),
		unicode.Is(unicode.Properties["Dash"], '—'), unicode.Is(unicode.STerm, '。'), unicode.Is(unicode.Han, -1))

	// Own tables: strided ranges, a Range32 part.
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'i', 4}, {'o', 'u', 6}}, LatinOffset: 3}
	emoji := &unicode.RangeTable{R32: []unicode.Range32{{0x1F600, 0x1F64F, 1}}}
	for _, r := range "audio 😀 text" {
		fmt.Print(unicode.Is(vowels, r), unicode.Is(emoji, r), " ")
	}
	fmt.Println()

	var names []string
	for name := range unicode.Categories {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), names)
	fmt.Println(unicode.Categories["Lu"] == unicode.Upper, unicode.Scripts["Han"] == unicode.Han, unicode.Properties["White_Space"] == unicode.White_Space)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'), unicode.IsPrint('\u3000'), unicode.IsGraphic('\u3000'))
}
