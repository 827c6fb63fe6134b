// Checks deferring method values and interface method calls: the receiver is evaluated at the defer statement.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show()  { fmt.Println("value receiver sees", c.n) }
func (c *Counter) Ptr()  { fmt.Println("pointer receiver sees", c.n) }
func (c *Counter) Incr() { c.n++ }

type Shower interface{ Show() }

func main() {
	c := Counter{1}
	defer c.Show()
	defer c.Ptr()
	var s Shower = c
	defer s.Show()
	m := c.Show
	defer m()
	c.Incr()
	c.Incr()
	defer c.Show()
	s = Counter{99}
	fmt.Println("main body done, n =", c.n)
}
