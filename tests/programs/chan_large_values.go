// Checks channels carrying large values between goroutines: structs over 64
// bytes, arrays, strings, slices, interfaces, errors and funcs keep their
// contents through buffered and unbuffered channels.
package main

import (
	"errors"
	"fmt"
)

type big struct {
	id    int
	name  string
	vals  [20]int64
	tags  []string
	inner struct{ a, b float64 }
}

type shape interface{ area() float64 }

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

type circle struct{ r float64 }

func (c circle) area() float64 { return 3 * c.r * c.r }

func main() {
	bc := make(chan big, 3)
	go func() {
		for i := 0; i < 6; i++ {
			var b big
			b.id = i
			b.name = fmt.Sprint("item", i)
			for k := range b.vals {
				b.vals[k] = int64(i * k)
			}
			b.tags = []string{"t", b.name}
			b.inner.a, b.inner.b = float64(i)/2, float64(i)*1.5
			bc <- b
		}
		close(bc)
	}()
	for b := range bc {
		var s int64
		for _, v := range b.vals {
			s += v
		}
		fmt.Println(b.id, b.name, s, b.tags, b.inner.a, b.inner.b)
	}

	ac := make(chan [64]byte)
	go func() {
		var a [64]byte
		for i := range a {
			a[i] = byte(i * 3)
		}
		ac <- a
		a[0] = 99 // the sent copy is unaffected
		ac <- a
	}()
	a1, a2 := <-ac, <-ac
	fmt.Println(a1[0], a1[63], a2[0], a2[63])

	sc := make(chan shape)
	go func() {
		sc <- rect{2, 3}
		sc <- circle{2}
		sc <- nil
	}()
	for i := 0; i < 3; i++ {
		s := <-sc
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%T %.1f\n", s, s.area())
	}

	ec := make(chan error, 2)
	go func() {
		ec <- errors.New("first")
		ec <- nil
	}()
	fmt.Println(<-ec, <-ec)

	fc := make(chan func(int) int)
	go func() {
		for k := 1; k <= 3; k++ {
			k := k
			fc <- func(x int) int { return x * k }
		}
		close(fc)
	}()
	for f := range fc {
		fmt.Print(f(10), " ")
	}
	fmt.Println()

	// A channel of channels of big structs.
	cc := make(chan chan big, 1)
	go func() {
		c := make(chan big, 1)
		c <- big{id: 42, name: "nested"}
		cc <- c
	}()
	b := <-<-cc
	fmt.Println(b.id, b.name, len(b.tags))
}
