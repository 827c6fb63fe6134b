// Package errors implements functions to manipulate errors: New, and Unwrap, Is
// and As, which follow chains of errors wrapped by fmt.Errorf's %w (or by any
// error type with an Unwrap() error method), as Go 1.19's package errors.
package errors

import "internal/rtype"

// New returns an error that formats as the given text. Each call to New returns a
// distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's type
// contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
//
// The chain consists of err itself followed by the sequence of errors obtained by
// repeatedly calling Unwrap. An error is considered to match a target if it is
// equal to that target or if it implements a method Is(error) bool such that
// Is(target) returns true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := rtype.Comparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is
// found, sets target to that error value and returns true. Otherwise, it returns
// false.
//
// An error matches target if the error's concrete value is assignable to the value
// pointed to by target, or if the error has a method As(interface{}) bool such
// that As(target) returns true.
//
// As panics if target is not a non-nil pointer to either a type that implements
// error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if rtype.KindOf(target) != rtype.Pointer || rtype.IsNil(target) {
		panic("errors: target must be a non-nil pointer")
	}
	if rtype.ElemKind(target) != rtype.Interface {
		// The pointee's type must implement error: test its current value.
		if _, ok := rtype.Elem(target).(error); !ok {
			panic("errors: *target must be interface or implement error")
		}
	}
	for err != nil {
		if rtype.SetIfAssignable(target, err) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
