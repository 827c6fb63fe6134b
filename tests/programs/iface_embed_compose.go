// Checks interface embedding: composed interfaces, assigning to a smaller interface, and asserting back up.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type File struct{ Buffer }

func (f *File) Close() error { return nil }

func main() {
	var rw ReadWriter = &Buffer{}
	fmt.Println(rw.Write("hello"), rw.Write("world"))
	var r Reader = rw
	fmt.Println(r.Read())
	if w, ok := r.(Writer); ok {
		w.Write("again")
	}
	fmt.Println(rw.Read(), rw.Read(), rw.Read())
	_, isCloser := r.(Closer)
	fmt.Println("buffer is closer:", isCloser)
	var rwc ReadWriteCloser = &File{}
	rwc.Write("file data")
	rw = rwc
	fmt.Println(rw.Read(), rwc.Close())
	_, isRWC := interface{}(rw).(ReadWriteCloser)
	fmt.Println("file is rwc:", isRWC)
}
