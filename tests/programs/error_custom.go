// Checks the error interface: custom error types, nil errors, wrapping by hand, and typed-nil pitfalls.
package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface {
	error
	Temporary() bool
}

type timeout int

func (t timeout) Error() string   { return "timeout" }
func (t timeout) Temporary() bool { return true }

type wrapped struct {
	msg   string
	inner error
}

func (w wrapped) Error() string { return w.msg + ": " + w.inner.Error() }
func (w wrapped) Unwrap() error { return w.inner }

var store = map[string]int{"a": 1}

func lookup(k string) (int, error) {
	if v, ok := store[k]; ok {
		return v, nil
	}
	return 0, &NotFound{k}
}

func badNil() error {
	var p *NotFound
	return p
}

func main() {
	if v, err := lookup("a"); err == nil {
		fmt.Println("found", v)
	}
	_, err := lookup("zz")
	fmt.Println(err)
	if nf, ok := err.(*NotFound); ok {
		fmt.Println("key was", nf.Key)
	}
	var e error = timeout(3)
	if t, ok := e.(Temporary); ok {
		fmt.Println(t.Error(), t.Temporary())
	}
	w := wrapped{"loading", err}
	fmt.Println(w.Error())
	var inner error = w.Unwrap()
	fmt.Println(inner == err)
	fmt.Println(badNil() == nil)
	var none error
	fmt.Println(none == nil, none)
	errs := []error{err, e, w, nil}
	for _, x := range errs {
		fmt.Println(x)
	}
}
