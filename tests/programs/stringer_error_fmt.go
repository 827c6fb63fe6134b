// Checks fmt's use of Error() and String(): error wins over Stringer, pointer-receiver String only for pointers, %d bypasses String.
package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Both struct{}

func (Both) String() string { return "as stringer" }
func (Both) Error() string  { return "as error" }

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr ", p.v) }

type Wrapper struct {
	C Color
	N int
}

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q\n", Color(1), Color(1), Color(1), Color(1))
	fmt.Println(Both{})
	fmt.Println(PtrStr{3}, &PtrStr{4})
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(Wrapper{1, 2})
	fmt.Printf("%+v\n", Wrapper{0, 5})
	fmt.Println(map[Color]int{1: 10, 0: 5})
	var err error = Both{}
	fmt.Println("err:", err)
	s := fmt.Sprint(Color(0), Color(1))
	fmt.Println(s, len(s))
}
