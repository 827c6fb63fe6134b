// Checks methods declared on non-struct named types: ints, strings, slices, maps and function types.
package main

import "fmt"

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }
func (b *Bits) Set(f Bits)    { *b |= f }

type Path []string

func (p Path) String() string {
	s := ""
	for _, e := range p {
		s += "/" + e
	}
	return s
}
func (p *Path) Push(e string) { *p = append(*p, e) }

type Registry map[string]int

func (r Registry) Register(name string) int {
	if id, ok := r[name]; ok {
		return id
	}
	r[name] = len(r) + 1
	return r[name]
}

type Transform func(int) int

func (t Transform) Twice(x int) int { return t(t(x)) }

type Word string

func (w Word) Len() int { return len(w) }

func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var b Bits
	b.Set(1)
	b.Set(4)
	fmt.Println(b, b.Has(4), b.Has(2))
	var p Path
	p.Push("usr")
	p.Push("local")
	fmt.Println(p.String(), len(p))
	fmt.Println(p)
	r := Registry{}
	fmt.Println(r.Register("a"), r.Register("b"), r.Register("a"), len(r))
	inc := Transform(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
	fmt.Println(Word("hello").Len(), Word.Len("hi"))
}
