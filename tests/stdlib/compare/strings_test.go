package compare

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"

	mio "mstd/io"
	mstrings "mstd/strings"
	municode "mstd/unicode"
)

// pieceString builds strings from a small alphabet so that substrings recur.
func pieceString(r *rand.Rand, maxLen int) string {
	pieces := []string{"a", "b", "ab", "ba", " ", "\t", "\n", "é", "É", "\u0130", "\u0131", "\u212a", "k", "K", "ß", "\u1e9e", "\xff", "\ufffd", "\u00a0", "\u2028", "x", "X", "_", "1"}
	n := r.Intn(maxLen + 1)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

func sameStrings(a, b []string) bool {
	if (a == nil) != (b == nil) || len(a) != len(b) || cap(a) != cap(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestStrings(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	funcs := []struct {
		name string
		f, g func(rune) bool
	}{
		{"IsSpace", unicode.IsSpace, municode.IsSpace},
		{"IsLetter", unicode.IsLetter, municode.IsLetter},
		{"isA", func(r rune) bool { return r == 'a' || r == 0xFFFD }, func(r rune) bool { return r == 'a' || r == 0xFFFD }},
	}
	for i := 0; i < n(100000); i++ {
		var s, u string
		if i%2 == 0 {
			s, u = pieceString(r, 8), pieceString(r, 3)
		} else {
			s, u = randString(r, 10), randString(r, 2)
		}
		k := r.Intn(7) - 2
		c.check(strings.Compare(s, u) == mstrings.Compare(s, u), "Compare(%q, %q)", s, u)
		c.check(strings.Contains(s, u) == mstrings.Contains(s, u), "Contains(%q, %q)", s, u)
		c.check(strings.ContainsAny(s, u) == mstrings.ContainsAny(s, u), "ContainsAny(%q, %q)", s, u)
		c.check(strings.Index(s, u) == mstrings.Index(s, u), "Index(%q, %q)", s, u)
		c.check(strings.LastIndex(s, u) == mstrings.LastIndex(s, u), "LastIndex(%q, %q)", s, u)
		c.check(strings.IndexAny(s, u) == mstrings.IndexAny(s, u), "IndexAny(%q, %q)", s, u)
		c.check(strings.LastIndexAny(s, u) == mstrings.LastIndexAny(s, u), "LastIndexAny(%q, %q)", s, u)
		c.check(strings.HasPrefix(s, u) == mstrings.HasPrefix(s, u), "HasPrefix(%q, %q)", s, u)
		c.check(strings.HasSuffix(s, u) == mstrings.HasSuffix(s, u), "HasSuffix(%q, %q)", s, u)
		c.check(strings.Count(s, u) == mstrings.Count(s, u), "Count(%q, %q)", s, u)
		c.check(strings.EqualFold(s, u) == mstrings.EqualFold(s, u), "EqualFold(%q, %q)", s, u)
		c.check(strings.EqualFold(s, strings.ToUpper(s)) == mstrings.EqualFold(s, strings.ToUpper(s)), "EqualFold(%q, upper)", s)
		c.check(strings.EqualFold(s, strings.ToLower(s)) == mstrings.EqualFold(s, strings.ToLower(s)), "EqualFold(%q, lower)", s)
		c.check(sameStrings(strings.Split(s, u), mstrings.Split(s, u)), "Split(%q, %q)", s, u)
		c.check(sameStrings(strings.SplitAfter(s, u), mstrings.SplitAfter(s, u)), "SplitAfter(%q, %q)", s, u)
		c.check(sameStrings(strings.SplitN(s, u, k), mstrings.SplitN(s, u, k)), "SplitN(%q, %q, %d)", s, u, k)
		c.check(sameStrings(strings.SplitAfterN(s, u, k), mstrings.SplitAfterN(s, u, k)), "SplitAfterN(%q, %q, %d)", s, u, k)
		c.check(sameStrings(strings.Fields(s), mstrings.Fields(s)), "Fields(%q) = %q", s, mstrings.Fields(s))
		c.check(strings.Replace(s, u, "<>", k) == mstrings.Replace(s, u, "<>", k), "Replace(%q, %q, %d)", s, u, k)
		c.check(strings.ReplaceAll(s, u, "") == mstrings.ReplaceAll(s, u, ""), "ReplaceAll(%q, %q)", s, u)
		c.check(strings.ToUpper(s) == mstrings.ToUpper(s), "ToUpper(%q)", s)
		c.check(strings.ToLower(s) == mstrings.ToLower(s), "ToLower(%q)", s)
		c.check(strings.ToTitle(s) == mstrings.ToTitle(s), "ToTitle(%q)", s)
		c.check(strings.Title(s) == mstrings.Title(s), "Title(%q)", s)
		c.check(strings.ToValidUTF8(s, u) == mstrings.ToValidUTF8(s, u), "ToValidUTF8(%q, %q)", s, u)
		c.check(strings.Trim(s, u) == mstrings.Trim(s, u), "Trim(%q, %q)", s, u)
		c.check(strings.TrimLeft(s, u) == mstrings.TrimLeft(s, u), "TrimLeft(%q, %q)", s, u)
		c.check(strings.TrimRight(s, u) == mstrings.TrimRight(s, u), "TrimRight(%q, %q)", s, u)
		c.check(strings.TrimPrefix(s, u) == mstrings.TrimPrefix(s, u), "TrimPrefix(%q, %q)", s, u)
		c.check(strings.TrimSuffix(s, u) == mstrings.TrimSuffix(s, u), "TrimSuffix(%q, %q)", s, u)
		c.check(strings.TrimSpace(s) == mstrings.TrimSpace(s), "TrimSpace(%q)", s)
		c.check(strings.Repeat(u, k+2) == mstrings.Repeat(u, k+2), "Repeat(%q, %d)", u, k+2)
		b1, a1, f1 := strings.Cut(s, u)
		b2, a2, f2 := mstrings.Cut(s, u)
		c.check(b1 == b2 && a1 == a2 && f1 == f2, "Cut(%q, %q)", s, u)
		c.check(strings.Join([]string{s, u, s}, u) == mstrings.Join([]string{s, u, s}, u), "Join")
		c.check(strings.Clone(s) == mstrings.Clone(s), "Clone")
		for _, rr := range []rune{'a', 0xFFFD, 'é', -1, 0x110000, 0xD800, '\u212a', ' '} {
			c.check(strings.IndexRune(s, rr) == mstrings.IndexRune(s, rr), "IndexRune(%q, %d)", s, rr)
			c.check(strings.ContainsRune(s, rr) == mstrings.ContainsRune(s, rr), "ContainsRune(%q, %d)", s, rr)
		}
		if len(u) > 0 {
			c.check(strings.IndexByte(s, u[0]) == mstrings.IndexByte(s, u[0]), "IndexByte")
			c.check(strings.LastIndexByte(s, u[0]) == mstrings.LastIndexByte(s, u[0]), "LastIndexByte")
		}
		for _, f := range funcs {
			c.check(strings.IndexFunc(s, f.f) == mstrings.IndexFunc(s, f.g), "IndexFunc(%q, %s)", s, f.name)
			c.check(strings.LastIndexFunc(s, f.f) == mstrings.LastIndexFunc(s, f.g), "LastIndexFunc(%q, %s)", s, f.name)
			c.check(strings.TrimFunc(s, f.f) == mstrings.TrimFunc(s, f.g), "TrimFunc(%q, %s)", s, f.name)
			c.check(strings.TrimLeftFunc(s, f.f) == mstrings.TrimLeftFunc(s, f.g), "TrimLeftFunc(%q, %s)", s, f.name)
			c.check(strings.TrimRightFunc(s, f.f) == mstrings.TrimRightFunc(s, f.g), "TrimRightFunc(%q, %s)", s, f.name)
			c.check(sameStrings(strings.FieldsFunc(s, f.f), mstrings.FieldsFunc(s, f.g)), "FieldsFunc(%q, %s)", s, f.name)
		}
		mapping := func(r rune) rune {
			switch {
			case r == 'a':
				return -1
			case r == 'b':
				return 0xFFFD
			case r == 0xFFFD:
				return 'R'
			case r == 'x':
				return 0x10FFFF + 1
			}
			return r
		}
		c.check(strings.Map(mapping, s) == mstrings.Map(mapping, s), "Map(%q)", s)
		c.check(strings.Map(func(r rune) rune { return r }, s) == mstrings.Map(func(r rune) rune { return r }, s), "Map(id, %q)", s)
		// Replacer
		args := []string{u, "1", pieceString(r, 2), "22", pieceString(r, 1), ""}
		if r.Intn(3) == 0 {
			args = []string{"a", "A", "b", "B"}
		}
		c.check(strings.NewReplacer(args...).Replace(s) == mstrings.NewReplacer(args...).Replace(s), "Replacer(%q).Replace(%q) = %q, want %q", args, s, mstrings.NewReplacer(args...).Replace(s), strings.NewReplacer(args...).Replace(s))
	}
	// Long strings for Index's Rabin-Karp path.
	for i := 0; i < n(2000); i++ {
		s := strings.Repeat("a", r.Intn(300)) + "b" + strings.Repeat("a", r.Intn(50))
		u := strings.Repeat("a", 1+r.Intn(40)) + []string{"b", "", "a"}[r.Intn(3)]
		c.check(strings.Index(s, u) == mstrings.Index(s, u), "Index(long)")
		c.check(strings.LastIndex(s, u) == mstrings.LastIndex(s, u), "LastIndex(long)")
		c.check(strings.Count(s, u) == mstrings.Count(s, u), "Count(long)")
	}
	// Panics.
	p1 := panicMsg(func() { strings.Repeat("ab", -1) })
	p2 := panicMsg(func() { mstrings.Repeat("ab", -1) })
	c.check(p1 == p2, "Repeat(-1) panic %q vs %q", p2, p1)
	p1 = panicMsg(func() { strings.Repeat("ab", 1<<62) })
	p2 = panicMsg(func() { mstrings.Repeat("ab", 1<<62) })
	c.check(p1 == p2, "Repeat overflow panic %q vs %q", p2, p1)
	p1 = panicMsg(func() { strings.NewReplacer("a") })
	p2 = panicMsg(func() { mstrings.NewReplacer("a") })
	c.check(p1 == p2, "NewReplacer odd panic %q vs %q", p2, p1)
	var gb strings.Builder
	var mb mstrings.Builder
	p1 = panicMsg(func() { gb.Grow(-1) })
	p2 = panicMsg(func() { mb.Grow(-1) })
	c.check(p1 == p2, "Grow(-1) panic %q vs %q", p2, p1)
}

func TestStringsBuilder(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	for i := 0; i < n(20000); i++ {
		var gb strings.Builder
		var mb mstrings.Builder
		for j := r.Intn(30); j > 0; j-- {
			switch r.Intn(7) {
			case 0:
				s := randString(r, 20)
				n1, e1 := gb.WriteString(s)
				n2, e2 := mb.WriteString(s)
				c.check(n1 == n2 && e1 == nil && e2 == nil, "WriteString")
			case 1:
				b := byte(r.Intn(256))
				c.check(gb.WriteByte(b) == nil && mb.WriteByte(b) == nil, "WriteByte")
			case 2:
				x := rune(r.Intn(0x110000 + 10))
				if r.Intn(2) == 0 {
					x = -x
				}
				n1, _ := gb.WriteRune(x)
				n2, _ := mb.WriteRune(x)
				c.check(n1 == n2, "WriteRune(%d)", x)
			case 3:
				b := []byte(randString(r, 40))
				n1, _ := gb.Write(b)
				n2, _ := mb.Write(b)
				c.check(n1 == n2, "Write")
			case 4:
				k := r.Intn(100)
				gb.Grow(k)
				mb.Grow(k)
			case 5:
				if r.Intn(5) == 0 {
					gb.Reset()
					mb.Reset()
				}
			case 6:
				c.check(gb.String() == mb.String(), "String")
			}
			c.check(gb.Len() == mb.Len() && gb.Cap() == mb.Cap(), "Len/Cap %d/%d vs %d/%d", mb.Len(), mb.Cap(), gb.Len(), gb.Cap())
		}
		c.check(gb.String() == mb.String(), "String")
	}
}

func TestStringsReader(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	for i := 0; i < n(20000); i++ {
		s := randString(r, 30)
		gr := strings.NewReader(s)
		mr := mstrings.NewReader(s)
		for j := r.Intn(20); j > 0; j-- {
			var a, b string
			switch r.Intn(9) {
			case 0:
				buf1, buf2 := make([]byte, r.Intn(8)), make([]byte, 0)
				buf2 = make([]byte, len(buf1))
				n1, e1 := gr.Read(buf1)
				n2, e2 := mr.Read(buf2)
				a, b = fmt.Sprint(n1, e1, buf1), fmt.Sprint(n2, e2, buf2)
			case 1:
				b1, e1 := gr.ReadByte()
				b2, e2 := mr.ReadByte()
				a, b = fmt.Sprint(b1, e1), fmt.Sprint(b2, e2)
			case 2:
				a, b = fmt.Sprint(gr.UnreadByte()), fmt.Sprint(mr.UnreadByte())
			case 3:
				r1, s1, e1 := gr.ReadRune()
				r2, s2, e2 := mr.ReadRune()
				a, b = fmt.Sprint(r1, s1, e1), fmt.Sprint(r2, s2, e2)
			case 4:
				a, b = fmt.Sprint(gr.UnreadRune()), fmt.Sprint(mr.UnreadRune())
			case 5:
				off, wh := int64(r.Intn(40)-10), r.Intn(4)
				p1, e1 := gr.Seek(off, wh)
				p2, e2 := mr.Seek(off, wh)
				a, b = fmt.Sprint(p1, e1), fmt.Sprint(p2, e2)
			case 6:
				off := int64(r.Intn(40) - 5)
				buf1, buf2 := make([]byte, r.Intn(8)), []byte(nil)
				buf2 = make([]byte, len(buf1))
				n1, e1 := gr.ReadAt(buf1, off)
				n2, e2 := mr.ReadAt(buf2, off)
				a, b = fmt.Sprint(n1, e1, buf1), fmt.Sprint(n2, e2, buf2)
			case 7:
				var w1, w2 bytes.Buffer
				n1, e1 := gr.WriteTo(&w1)
				n2, e2 := mr.WriteTo(&w2)
				a, b = fmt.Sprint(n1, e1, w1.String()), fmt.Sprint(n2, e2, w2.String())
			case 8:
				a, b = fmt.Sprint(gr.Len(), gr.Size()), fmt.Sprint(mr.Len(), mr.Size())
			}
			a = strings.ReplaceAll(a, "EOF", "EOF") // io.EOF vs mio.EOF print the same
			c.check(a == b, "Reader(%q): %s vs %s", s, b, a)
		}
	}
	// io helpers over readers
	for i := 0; i < n(5000); i++ {
		s := randString(r, 50)
		d1, e1 := io.ReadAll(strings.NewReader(s))
		d2, e2 := mio.ReadAll(mstrings.NewReader(s))
		c.check(string(d1) == string(d2) && e1 == nil && e2 == nil, "ReadAll")
		k := r.Intn(60)
		b1, b2 := make([]byte, k), make([]byte, k)
		n1, e1 := io.ReadFull(strings.NewReader(s), b1)
		n2, e2 := mio.ReadFull(mstrings.NewReader(s), b2)
		c.check(n1 == n2 && errString(e1) == errString(e2) && string(b1) == string(b2), "ReadFull")
		m := r.Intn(70)
		n1, e1 = io.ReadAtLeast(io.MultiReader(strings.NewReader(s[:len(s)/2]), strings.NewReader(s[len(s)/2:])), b1, m)
		n2, e2 = mio.ReadAtLeast(mio.MultiReader(mstrings.NewReader(s[:len(s)/2]), mstrings.NewReader(s[len(s)/2:])), b2, m)
		c.check(n1 == n2 && errString(e1) == errString(e2), "ReadAtLeast %d %v vs %d %v", n2, e2, n1, e1)
		var w1 strings.Builder
		var w2 mstrings.Builder
		x1, e1 := io.CopyN(&w1, io.LimitReader(strings.NewReader(s), int64(k)), int64(m))
		x2, e2 := mio.CopyN(&w2, mio.LimitReader(mstrings.NewReader(s), int64(k)), int64(m))
		c.check(x1 == x2 && errString(e1) == errString(e2) && w1.String() == w2.String(), "CopyN")
		var t1 strings.Builder
		var t2 mstrings.Builder
		d1, _ = io.ReadAll(io.TeeReader(strings.NewReader(s), &t1))
		d2, _ = mio.ReadAll(mio.TeeReader(mstrings.NewReader(s), &t2))
		c.check(string(d1) == string(d2) && t1.String() == t2.String(), "TeeReader")
		var m1, m2 strings.Builder
		var m3, m4 mstrings.Builder
		io.WriteString(io.MultiWriter(&m1, &m2), s)
		mio.WriteString(mio.MultiWriter(&m3, &m4), s)
		c.check(m1.String() == m3.String() && m2.String() == m4.String(), "MultiWriter")
	}
	c.check(reflect.TypeOf(mio.Discard) != nil, "Discard")
}
