// Checks a type assertion on a nil non-empty interface value: "interface conversion: main.Shape is nil, not main.Rect".
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func find(name string) Shape {
	if name == "r" {
		return Rect{2, 3}
	}
	return nil
}

func main() {
	fmt.Println(find("r").(Rect).Area())
	fmt.Println(find("x").(Rect).Area())
}
