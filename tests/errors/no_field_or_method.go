// Checks selectors naming fields or methods that do not exist, including case mismatches and selectors on non-structs.
package main

type T struct{ name string }

func (t T) Get() string { return t.name }

func main() {
	var t T
	_ = t.Name // ERROR "t\.Name undefined \(type T has no field or method Name, but does have name\)$"
	_ = t.get() // ERROR "t\.get undefined \(type T has no field or method get, but does have Get\)$"
	t.missing = 1 // ERROR "t\.missing undefined \(type T has no field or method missing\)$"
	var p *T
	_ = p.nope // ERROR "p\.nope undefined \(type \*T has no field or method nope\)$"
	n := 5
	_ = n.x // ERROR "n\.x undefined \(type int has no field or method x\)$"
	var i interface{ M() }
	i.N() // ERROR "i\.N undefined \(type interface\{M\(\)\} has no field or method N\)$"
	_ = T.Other // ERROR "T\.Other undefined \(type T has no field or method Other\)$"
}
