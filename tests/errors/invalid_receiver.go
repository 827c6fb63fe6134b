// Checks invalid receiver types: pointer and interface base types, non-local and unnamed types, and multiple receivers.
package main

type P *int

type I interface{ M() }

type S []int

func (p P) M()          {} // ERROR "invalid receiver type P \(pointer or interface type\)$"
func (i I) N()          {} // ERROR "invalid receiver type I \(pointer or interface type\)$"
func (x int) Double()   {} // ERROR "cannot define new methods on non-local type int$"
func (s []int) Len()    {} // ERROR "invalid receiver type \[\]int$"
func (s **S) Deep()     {} // ERROR "invalid receiver type \*\*S$"
func (S) Ok()           {}

func main() {}
