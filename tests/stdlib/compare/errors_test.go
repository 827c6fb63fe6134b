package compare

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"testing"

	merrors "mstd/errors"
	mos "mstd/os"
)

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }

type isErr struct{ match error }

func (e isErr) Error() string          { return "isErr" }
func (e isErr) Is(target error) bool   { return target == e.match }
func (e isErr) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{99}
		return true
	}
	return false
}

type sliceErr []string // not comparable

func (s sliceErr) Error() string { return "sliceErr" }

type ptrErr struct{ s string }

func (p *ptrErr) Error() string { return p.s }

// same compares two values with == when their type allows it, else deeply.
func same(a, b any) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if reflect.TypeOf(a).Comparable() && reflect.TypeOf(b).Comparable() {
		return a == b
	}
	return reflect.DeepEqual(a, b)
}

func TestErrors(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	sentinel := errors.New("sentinel")
	msentinel := merrors.New("sentinel")
	c.check(msentinel.Error() == "sentinel" && msentinel != merrors.New("sentinel"), "New")
	c.check(fmt.Sprintf("%T %v %+v", msentinel, msentinel, msentinel) == "*errors.errorString sentinel sentinel", "New %%T")
	pe := &ptrErr{"p"}
	chains := []error{
		nil, sentinel, codeErr{1}, &wrapErr{"w", sentinel}, &wrapErr{"w2", &wrapErr{"w1", codeErr{2}}}, isErr{sentinel}, &wrapErr{"x", isErr{codeErr{3}}},
		sliceErr{"a"}, &wrapErr{"s", sliceErr{"b"}}, pe, &wrapErr{"p", pe}, fmt.Errorf("f: %w", sentinel), os.ErrNotExist,
	}
	targets := []error{nil, sentinel, codeErr{1}, codeErr{2}, codeErr{3}, sliceErr{"a"}, pe, &ptrErr{"p"}, isErr{nil}}
	for _, e := range chains {
		for _, tg := range targets {
			c.check(errors.Is(e, tg) == merrors.Is(e, tg), "Is(%v, %v)", e, tg)
		}
		c.check(same(errors.Unwrap(e), merrors.Unwrap(e)), "Unwrap(%v)", e)
		var ce1, ce2 codeErr
		c.check(errors.As(e, &ce1) == merrors.As(e, &ce2) && ce1 == ce2, "As(%v, *codeErr)", e)
		var pe1, pe2 *ptrErr
		c.check(errors.As(e, &pe1) == merrors.As(e, &pe2) && pe1 == pe2, "As(%v, **ptrErr)", e)
		var st1, st2 fmt.Stringer
		c.check(errors.As(e, &st1) == merrors.As(e, &st2) && same(st1, st2), "As(%v, *Stringer)", e)
		var er1, er2 error
		c.check(errors.As(e, &er1) == merrors.As(e, &er2) && same(er1, er2), "As(%v, *error)", e)
		var se1, se2 sliceErr
		c.check(errors.As(e, &se1) == merrors.As(e, &se2) && fmt.Sprint(se1) == fmt.Sprint(se2), "As(%v, *sliceErr)", e)
		var ie1, ie2 interface{ Is(error) bool }
		c.check(errors.As(e, &ie1) == merrors.As(e, &ie2) && fmt.Sprint(ie1) == fmt.Sprint(ie2), "As(%v, *interface{Is})", e)
	}
	var nilTarget *codeErr
	var notErr int
	var ce codeErr
	for _, tgt := range []any{nil, ce, nilTarget, &notErr, "x"} {
		tgt := tgt
		p1 := panicMsg(func() { errors.As(sentinel, tgt) })
		p2 := panicMsg(func() { merrors.As(sentinel, tgt) })
		c.check(p1 == p2, "As panic for %#v: %q vs %q", tgt, p2, p1)
	}
	// os errors
	c.check(mos.ErrNotExist.Error() == fs.ErrNotExist.Error() && mos.ErrExist.Error() == fs.ErrExist.Error() && mos.ErrPermission.Error() == fs.ErrPermission.Error() &&
		mos.ErrClosed.Error() == fs.ErrClosed.Error() && mos.ErrInvalid.Error() == fs.ErrInvalid.Error(), "os errors")
}
