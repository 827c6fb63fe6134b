// Package io provides basic interfaces to I/O primitives (Reader, Writer and their
// combinations), the errors they share (EOF, ...) and a few helpers, as Go 1.19's
// package io. Pipes and SectionReader are not provided.
package io

import "errors"

// Seek whence values.
const (
	SeekStart   = 0 // seek relative to the origin of the file
	SeekCurrent = 1 // seek relative to the current offset
	SeekEnd     = 2 // seek relative to the end
)

// ErrShortWrite means that a write accepted fewer bytes than requested but failed
// to return an explicit error.
var ErrShortWrite = errors.New("short write")

// errInvalidWrite means that a write returned an impossible count.
var errInvalidWrite = errors.New("invalid write result")

// ErrShortBuffer means that a read required a longer buffer than was provided.
var ErrShortBuffer = errors.New("short buffer")

// EOF is the error returned by Read when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means that EOF was encountered in the middle of reading a
// fixed-size block or data structure.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrNoProgress is returned by some clients of a Reader when many calls to Read
// have failed to return any data or error, usually the sign of a broken Reader
// implementation.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is the interface that wraps the basic Close method.
type Closer interface {
	Close() error
}

// Seeker is the interface that wraps the basic Seek method.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriter is the interface that groups the basic Read and Write methods.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser is the interface that groups the basic Read and Close methods.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser is the interface that groups the basic Write and Close methods.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser is the interface that groups the basic Read, Write and Close methods.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker is the interface that groups the basic Read and Seek methods.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser is the interface that groups the basic Read, Seek and Close methods.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker is the interface that groups the basic Write and Seek methods.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker is the interface that groups the basic Read, Write and Seek methods.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom is the interface that wraps the ReadFrom method.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo is the interface that wraps the WriteTo method.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt is the interface that wraps the basic ReadAt method.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt is the interface that wraps the basic WriteAt method.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ByteReader is the interface that wraps the ReadByte method.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is the interface that adds the UnreadByte method to the basic ReadByte method.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter is the interface that wraps the WriteByte method.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader is the interface that wraps the ReadRune method.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner is the interface that adds the UnreadRune method to the basic ReadRune method.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter is the interface that wraps the WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes the contents of the string s to w, which accepts a slice of
// bytes. If w implements StringWriter, its WriteString method is invoked directly.
// Otherwise, w.Write is called exactly once.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads from r into buf until at least min bytes are in. It returns
// the count and: nil once min bytes were read (a later error is dropped);
// ErrShortBuffer if buf is shorter than min; EOF if the input ended before any
// byte; ErrUnexpectedEOF if it ended after some; or r's error.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for n < min {
		k, e := r.Read(buf[n:])
		n += k
		if e != nil {
			if n >= min {
				return n, nil
			}
			if e == EOF && n > 0 {
				return n, ErrUnexpectedEOF
			}
			return n, e
		}
	}
	return n, nil
}

// ReadFull reads exactly len(buf) bytes from r into buf, with ReadAtLeast's
// results for min = len(buf).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads from r until EOF or an error and returns the data. Reaching EOF
// is success: the error is then nil.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			grown := make([]byte, len(data), 2*cap(data))
			copy(grown, data)
			data = grown
		}
		k, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+k]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// CopyN copies n bytes from src to dst, or fewer if an error occurs first. It
// returns the count; written == n exactly when err == nil (EOF when src ended early).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	switch {
	case written == n:
		return n, nil
	case err == nil:
		return written, EOF
	}
	return written, err
}

// Copy copies from src to dst until src reports EOF or an error occurs, and returns
// the number of bytes copied and the first error other than EOF. It uses
// src.WriteTo(dst) when src is a WriterTo, else dst.ReadFrom(src) when dst is a
// ReaderFrom.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy staging through buf (allocated when nil) when a buffer is
// needed. It panics if buf is non-nil and empty.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

func copyBuffer(dst Writer, src Reader, buf []byte) (int64, error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := int64(32 * 1024)
		if lr, ok := src.(*LimitedReader); ok && lr.N < size {
			size = lr.N
			if size < 1 {
				size = 1
			}
		}
		buf = make([]byte, size)
	}
	var total int64
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[:nr])
			if nw < 0 || nw > nr {
				// A Writer reporting more than it was given is broken.
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			total += int64(nw)
			if werr != nil {
				return total, werr
			}
			if nw != nr {
				return total, ErrShortWrite
			}
		}
		if rerr == EOF {
			return total, nil
		}
		if rerr != nil {
			return total, rerr
		}
	}
}

// LimitReader returns a Reader (a *LimitedReader) that reads from r and reports
// EOF after n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// A LimitedReader reads from R at most N more bytes; Read decreases N by what it
// returns and reports EOF once N <= 0 (or when R does).
type LimitedReader struct {
	R Reader // underlying reader
	N int64  // max bytes remaining
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// TeeReader returns a Reader that writes to w everything it reads from r, before
// returning it; a write error is returned as the read's error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	src Reader
	out Writer
}

func (t *teeReader) Read(p []byte) (int, error) {
	n, err := t.src.Read(p)
	if n > 0 {
		if k, werr := t.out.Write(p[:n]); werr != nil {
			return k, werr
		}
	}
	return n, err
}

// Discard is a Writer on which every Write succeeds and does nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error)       { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

// NopCloser returns a ReadCloser whose Close does nothing, reading from r.
func NopCloser(r Reader) ReadCloser { return nopCloser{r} }

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

// MultiReader returns a Reader reading the given readers one after the other. It
// reports EOF after the last one's EOF; any other error is returned as is.
func MultiReader(readers ...Reader) Reader {
	list := append([]Reader(nil), readers...)
	return &multiReader{list}
}

type multiReader struct {
	list []Reader
}

func (m *multiReader) Read(p []byte) (int, error) {
	for len(m.list) > 0 {
		n, err := m.list[0].Read(p)
		if err != EOF {
			return n, err
		}
		m.list[0] = nil // let it be collected
		m.list = m.list[1:]
		if n > 0 {
			if len(m.list) > 0 {
				return n, nil // the next reader continues the stream
			}
			return n, EOF
		}
	}
	return 0, EOF
}

// MultiWriter returns a Writer duplicating each write to all the given writers in
// turn; it stops at the first error (or short write) and returns it.
func MultiWriter(writers ...Writer) Writer {
	var list []Writer
	for _, w := range writers {
		if inner, ok := w.(*multiWriter); ok {
			list = append(list, inner.list...)
		} else {
			list = append(list, w)
		}
	}
	return &multiWriter{list}
}

type multiWriter struct {
	list []Writer
}

func (m *multiWriter) Write(p []byte) (int, error) {
	for _, w := range m.list {
		n, err := w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

func (m *multiWriter) WriteString(s string) (int, error) {
	var b []byte
	for _, w := range m.list {
		var n int
		var err error
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if b == nil {
				b = []byte(s)
			}
			n, err = w.Write(b)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}
