// Checks "method has multiple receivers" and "method has no receiver" (parser errors that do not stop type checking).
package main

type S []int

func (a, b S) Two() {} // ERROR "method has multiple receivers$"

func () None() {} // ERROR "method has no receiver$"

func (S) Fine() {}

var typeErrorAfter int = "still type-checked" // ERROR `cannot use "still type-checked" \(untyped string constant\) as int value in variable declaration$`

func main() {}
