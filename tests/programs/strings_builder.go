// Checks strings.Builder: String shares the builder's bytes (bytesToString), and
// strings taken earlier keep their contents while the builder grows and resets.
package main

import "strings"

func main() {
	var b strings.Builder
	println(b.String() == "", b.Len(), b.Cap())
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('é')
	b.WriteRune('世')
	b.Write([]byte("!"))
	s1 := b.String()
	println(s1, len(s1), b.Len())
	for i := 0; i < 100; i++ {
		b.WriteString("xy")
	}
	s2 := b.String()
	println(s1, len(s2), s2[len(s2)-4:])
	b.Reset()
	println(b.String() == "", b.Len(), b.Cap(), s1)
	b.Grow(64)
	println(b.Cap() >= 64, b.Len(), b.String() == "")
	b.WriteString("again")
	println(b.String(), s1, len(s2))
	println(strings.Repeat("ab", 3), strings.ToUpper("mixed Case"), strings.Join([]string{"a", "b", "c"}, "-"))
}
