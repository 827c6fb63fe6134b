// Checks errors.Is and errors.As through wrapped chains (they inspect types at run
// time through internal/rtype: Comparable, KindOf, IsNil, ElemKind, Elem,
// SetIfAssignable).
package main

import (
	"errors"
	"io"
	"os"
)

type PtrErr struct{ code int }

func (e *PtrErr) Error() string { return "ptrerr" }

type ValErr int

func (e ValErr) Error() string { return "valerr" }

type SliceErr []int

func (e SliceErr) Error() string { return "sliceerr" }

type wrap struct{ inner error }

func (w wrap) Error() string { return "wrap: " + w.inner.Error() }
func (w wrap) Unwrap() error { return w.inner }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

func main() {
	base := errors.New("base")
	w := wrap{wrap{base}}
	println("is", errors.Is(w, base), errors.Is(w, errors.New("base")), errors.Is(nil, nil))
	println("is nil target", errors.Is(w, nil), errors.Is(nil, base))
	println("is value", errors.Is(wrap{ValErr(3)}, ValErr(3)), errors.Is(wrap{ValErr(3)}, ValErr(4)))
	// An uncomparable target is never compared with ==.
	println("is uncomparable", errors.Is(SliceErr{1}, SliceErr{1}))
	println("is method", errors.Is(isAll{}, base))

	var pe *PtrErr
	w2 := wrap{&PtrErr{7}}
	println("as ptr", errors.As(w2, &pe), pe != nil && pe.code == 7)

	var ve ValErr
	println("as value", errors.As(wrap{ValErr(5)}, &ve), int(ve))
	println("as miss", errors.As(w2, &ve), int(ve))

	var target error
	println("as error", errors.As(w, &target), target.Error())
	var anyTarget any
	println("as any", errors.As(w2, &anyTarget), anyTarget.(error).Error())

	var pathErr *os.PathError
	_, err := os.Stdin.Read(make([]byte, 1))
	println("eof", err == io.EOF, errors.As(err, &pathErr), errors.Is(err, io.EOF))
}
