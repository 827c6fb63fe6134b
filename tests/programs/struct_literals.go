// Checks struct literals: keyed and positional, omitted fields, nested and pointer literals, field assignment.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Person struct {
	Name    string
	Age     int
	Friends []string
	Home    *Point
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z, p.X+q.Y)
	r := Rect{Point{0, 0}, Point{3, 4}, "box"}
	r2 := Rect{Max: Point{X: 2, Y: 2}}
	fmt.Println(r, r.Area(), r2.Area(), r2.Label == "")
	r.Max.X = 10
	fmt.Println(r.Area())
	alice := Person{Name: "alice", Age: 30, Friends: []string{"bob"}, Home: &Point{7, 8}}
	fmt.Println(alice.Name, alice.Age, alice.Friends, alice.Home.X, *alice.Home)
	bob := alice
	bob.Name = "bob"
	bob.Friends[0] = "carol"
	bob.Home.Y = 0
	fmt.Println(alice.Name, alice.Friends, alice.Home.Y)
	pp := &Point{X: -1}
	pp.Y = -2
	fmt.Println(*pp, pp.X)
	pts := []Point{{1, 1}, {X: 2}, {}}
	fmt.Println(pts)
	byName := map[string]Point{"o": {}, "u": {0, 1}}
	fmt.Println(byName["u"].Y)
	arr := [...]*Point{{1, 2}, {3, 4}}
	fmt.Println(arr[1].X, *arr[0])
	empty := struct{}{}
	fmt.Println(empty)
}
