// Checks invalid method expressions: pointer-receiver methods through the value type, and unknown methods.
package main

type T struct{}

func (t *T) Inc()     {}
func (t T) Get() int { return 0 }

type I interface{ M() }

func main() {
	_ = T.Inc // ERROR "cannot call pointer method Inc on T$"
	_ = (*T).Get
	_ = T.Missing // ERROR "T\.Missing undefined \(type T has no field or method Missing\)$"
	_ = I.M
	_ = (*I).M // ERROR "\(\*I\)\.M undefined \(type \*I is pointer to interface, not interface\)$"
	var t T
	_ = t.Inc
	f := T.Get
	f() // ERROR "not enough arguments in call to f$"
}
