// Checks interface embedding, overlapping embedded methods, and conversions between interface types.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type Closer interface{ Close() error }
type Stringer interface{ String() string }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Reader
	Closer
}

type file struct {
	data   []string
	closed bool
}

func (f *file) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *file) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

func (f *file) Close() error {
	f.closed = true
	return nil
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(s)
	}
	return n
}

func main() {
	src := &file{data: []string{"ab", "cde"}}
	dst := &file{}
	var rwc ReadWriteCloser = dst
	var rw ReadWriter = rwc
	var r Reader = rw
	fmt.Println(copyAll(rw, src), len(dst.data), r.Read())
	fmt.Println(rwc.Close(), dst.closed)
	var w Writer = src
	if c, ok := w.(Closer); ok {
		fmt.Println("closer", c.Close() == nil)
	}
	_, isRW := r.(ReadWriter)
	fmt.Println(isRW)
	var empty interface{} = rw
	_, isStr := empty.(Stringer)
	fmt.Println(isStr)
}
