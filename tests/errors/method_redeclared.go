// Checks duplicate methods on a type, and a field and method with the same name.
package main

type T struct {
	Name string
}

func (t T) M()  {}
func (t *T) M() {} // ERROR "T\.M redeclared in this block$"

func (t T) Name() string { return "" } // ERROR "field and method with the same name Name$"

type U int

func (U) X() {}
func (U) X() {} // ERROR "U\.X redeclared in this block$"

func main() {}
