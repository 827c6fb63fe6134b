// Methods of big types (a 4 KB array, a struct embedding it): value and pointer
// receivers, method values and expressions, promoted methods, interface calls (the
// itab wrappers), deferred method calls, function values, with big arguments and
// results. A value receiver is a copy; a pointer receiver modifies the original.
package main

import "fmt"

type Arr [1000]int32

func (a Arr) Sum() int {
	s := 0
	for _, x := range a {
		s += int(x)
	}
	return s
}

// Modifies its copy only.
func (a Arr) Double() Arr {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func (a *Arr) Set(i int, v int32) { a[i] = v }

func (a Arr) Print(tag string) { fmt.Println(tag, a[0], a[1], a[999], a.Sum()) }

type Big struct {
	name string
	vals [600]int64
	p    *string
}

type Transformer interface {
	T(x Big, k int) (Big, int)
}

type byValue struct {
	pad  [100]int64
	mult int64
}

func (b byValue) T(x Big, k int) (Big, int) {
	for i := range x.vals {
		x.vals[i] *= b.mult
	}
	x.name += fmt.Sprint("*", b.mult)
	b.mult = 0 // the receiver is a copy
	return x, k + 1
}

type byPtr struct {
	calls int
}

func (b *byPtr) T(x Big, k int) (Big, int) {
	b.calls++
	x.vals[0] = int64(b.calls)
	return x, k * 2
}

type Summer interface{ Sum() int }

type Outer struct {
	Arr
	extra int
}

type OuterP struct {
	*Arr
	tag string
}

func mkArr(n int32) Arr {
	var a Arr
	for i := range a {
		a[i] = n
	}
	return a
}

func mkBig(name string) Big {
	var b Big
	b.name = name
	for i := range b.vals {
		b.vals[i] = int64(i)
	}
	b.p = &b.name
	return b
}

func apply(f func(Big, int) (Big, int), x Big) (Big, int) {
	return f(x, 10)
}

func main() {
	a := mkArr(1)
	a.Set(0, 5)
	d := a.Double()
	fmt.Println(a.Sum(), d.Sum(), a[0], d[0])
	a.Print("a")
	(&a).Print("&a")

	// Method values: the receiver is evaluated and copied when the value is made.
	sum := a.Sum
	set := a.Set
	pr := a.Print
	a.Set(1, 100)
	set(2, 200)
	fmt.Println(sum(), a.Sum(), a[2])
	pr("method value")
	dbl := mkArr(3).Double
	fmt.Println(dbl().Sum(), dbl()[7])

	// Method expressions.
	fmt.Println(Arr.Sum(a), Arr.Double(a)[1], (*Arr).Sum(&a))
	(*Arr).Set(&a, 3, 33)
	fmt.Println(a[3])

	// Interfaces: a value type boxed (the itab's method takes the box), a pointer.
	var s Summer = a
	a.Set(0, 0)
	fmt.Println(s.Sum(), a.Sum())
	var s2 Summer = &a
	a.Set(0, 1)
	fmt.Println(s2.Sum(), Summer.Sum(s), Summer.Sum(s2))
	ssum := s.Sum
	fmt.Println(ssum())

	// Promoted methods through an embedded value and an embedded pointer.
	o := Outer{Arr: mkArr(2), extra: 1}
	o.Set(0, 50)
	fmt.Println(o.Sum(), o.Double().Sum(), o.Arr[0])
	var so Summer = o
	o.Set(0, 0)
	fmt.Println(so.Sum(), o.Sum())
	op := OuterP{Arr: &a, tag: "p"}
	op.Set(999, 9)
	var sop Summer = op
	fmt.Println(a[999], sop.Sum() == a.Sum(), op.Double()[999])
	osum := o.Sum
	o.Set(1, 1000)
	fmt.Println(osum(), o.Sum())

	// Interface methods with big arguments and results.
	x := mkBig("x")
	var t Transformer = byValue{mult: 3}
	y, k := t.T(x, 1)
	fmt.Println(x.vals[5], y.vals[5], y.name, k, *y.p)
	bp := &byPtr{}
	t = bp
	y, k = t.T(x, 4)
	y, k = t.T(y, k)
	fmt.Println(y.vals[0], y.vals[5], k, bp.calls)
	tf := t.T
	y, k = apply(tf, x)
	fmt.Println(y.vals[0], k, bp.calls)
	y, k = apply(byValue{mult: 2}.T, x)
	fmt.Println(y.vals[599], k)
	y, k = Transformer.T(byValue{mult: 5}, x, 0)
	fmt.Println(y.vals[2], k)
	texpr := Transformer.T
	y, k = texpr(bp, x, 7)
	fmt.Println(y.vals[0], k)
	y, k = apply(func(b Big, n int) (Big, int) { b.name = "lit"; return b, n }, x)
	fmt.Println(y.name, k, x.name)

	// Deferred method calls: receivers and arguments evaluated at the defer.
	func() {
		b := mkArr(4)
		defer b.Print("deferred value receiver")
		defer b.Double()
		defer (&b).Print("deferred via pointer")
		defer s.Sum()
		defer t.T(x, 0)
		for i := 0; i < 2; i++ {
			defer b.Print(fmt.Sprint("deferred in loop ", i))
			b.Set(0, int32(i+10))
		}
		b.Set(1, 7)
		p := b.Print
		defer p("deferred method value")
		b.Set(999, 8)
	}()

	// Values stored in a map and a slice; methods on elements.
	m := map[string]Arr{"one": mkArr(1)}
	fmt.Println(m["one"].Sum(), m["none"].Sum())
	arrs := []Arr{mkArr(1), mkArr(2)}
	arrs[1].Set(0, 0)
	fmt.Println(arrs[0].Sum(), arrs[1].Sum())
	var fixed [2]Arr
	fixed[1].Set(5, 5)
	fmt.Println(fixed[1].Sum(), fixed[0].Sum())
}
