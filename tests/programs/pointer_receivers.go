// Checks value vs pointer receivers, automatic & and * on method calls, and mutation through receivers.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()       { c.n++ }
func (c Counter) Get() int    { return c.n }
func (c Counter) IncCopy()    { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Len() int { return len(s.items) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())
	c.Add(10).Add(100).Inc()
	fmt.Println(c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for i := range cs {
		cs[i].Inc()
	}
	for _, v := range cs {
		v.Inc()
	}
	fmt.Println(cs[0].n, cs[1].n)
	arr := [2]Counter{}
	arr[1].Add(5)
	fmt.Println(arr[1].Get())
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Pop(), s.Pop(), s.Len())
	ps := &Stack{}
	ps.Push(1)
	fmt.Println(ps.Len())
	m := map[string]*Counter{"k": {}}
	m["k"].Inc()
	fmt.Println(m["k"].Get())
}
