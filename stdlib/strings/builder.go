package strings

import "unicode/utf8"

// bytesToString returns a string sharing b's bytes, without copying them. The
// caller guarantees that those bytes are never modified afterwards (Builder only
// appends past them, or drops them on Reset). Runtime primitive: it returns the
// string header {&b[0], len(b)} (an empty string for an empty b).
func bytesToString(b []byte) string

// A Builder is used to efficiently build a string using Write methods. It
// minimizes memory copying. The zero value is ready to use.
//
// Unlike Go's, minigo's Builder does not detect being copied by value after use
// (Go panics then): the check would need the Builder's address, which makes every
// Builder escape to the heap.
type Builder struct {
	buf []byte
}

// String returns the accumulated string.
func (b *Builder) String() string { return bytesToString(b.buf) }

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice. It is the total
// space allocated for the string being built and includes any bytes already written.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() { b.buf = nil }

// grow copies the buffer to a new, larger buffer so that there are at least n
// bytes of capacity beyond len(b.buf).
func (b *Builder) grow(n int) {
	nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(nb, b.buf)
	b.buf = nb
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
// After Grow(n), at least n bytes can be written to b without another allocation.
// If n is negative, Grow panics.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends the contents of p to b's buffer. Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer. It
// returns the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	if uint32(r) < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	n := len(b.buf)
	if cap(b.buf)-n < utf8.UTFMax {
		b.grow(utf8.UTFMax)
	}
	w := utf8.EncodeRune(b.buf[n:n+utf8.UTFMax], r)
	b.buf = b.buf[:n+w]
	return w, nil
}

// WriteString appends the contents of s to b's buffer. It returns the length of s
// and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
