// Checks calling pointer-receiver methods on non-addressable values: map elements, call results, composite literals.
package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

func make1() Counter { return Counter{} }

type I interface{ Get() int }

func main() {
	m := map[string]Counter{"a": {}}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on Counter$"
	_ = m["a"].Get()
	make1().Inc() // ERROR "cannot call pointer method Inc on Counter$"
	Counter{}.Inc() // ERROR "cannot call pointer method Inc on Counter$"
	f := Counter{}.Inc // ERROR "cannot call pointer method Inc on Counter$"
	var i I = Counter{}
	pi := &i
	pi.Get() // ERROR "pi\.Get undefined \(type \*I is pointer to interface, not interface\)$"
	ptrs := map[string]*Counter{"b": {}}
	ptrs["b"].Inc()
	_ = f
}
