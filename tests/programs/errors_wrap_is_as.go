// Checks fmt.Errorf with %w, errors.Unwrap/Is/As through chains, custom error types and sentinel comparison.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempError struct{ Code int }

func (t TempError) Error() string { return fmt.Sprintf("temporary (%d)", t.Code) }

func lookup(key string) error {
	if key == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	if key == "tmp" {
		return fmt.Errorf("lookup %q: %w", key, TempError{503})
	}
	return nil
}

func main() {
	err := lookup("")
	fmt.Println(err)
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, errors.New("not found")))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("as QueryError:", qe.Query)
	}
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	err = lookup("tmp")
	fmt.Println(err)
	var te TempError
	fmt.Println(errors.As(err, &te), te.Code)
	fmt.Println(errors.As(err, &qe))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	fmt.Println(lookup("ok") == nil)
	fmt.Printf("%v|%s|%q\n", err, err, ErrNotFound)
	fmt.Println(fmt.Errorf("bad verb %w", "not an error"))
}
