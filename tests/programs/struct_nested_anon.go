// Checks anonymous struct types, nested struct fields, and assignability between identical struct types.
package main

import "fmt"

type Config struct {
	Server struct {
		Host string
		Port int
	}
	Limits struct {
		Max, Min int
	}
	Tags []struct {
		Key, Value string
	}
}

func describe(s struct{ A, B int }) int { return s.A*10 + s.B }

func main() {
	var c Config
	c.Server.Host = "localhost"
	c.Server.Port = 8080
	c.Limits.Max = 9
	c.Tags = append(c.Tags, struct{ Key, Value string }{"env", "test"})
	fmt.Println(c.Server.Host, c.Server.Port, c.Limits, c.Tags[0].Value)
	anon := struct {
		Name string
		Age  int
	}{"gopher", 13}
	fmt.Println(anon.Name, anon.Age, anon)
	type Named struct{ A, B int }
	n := Named{1, 2}
	fmt.Println(describe(n), describe(struct{ A, B int }{3, 4}))
	var plain struct{ A, B int } = n
	n2 := Named(plain)
	fmt.Println(plain == struct{ A, B int }(n), n2)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Print(p.X*p.Y, " ")
	}
	fmt.Println()
	table := map[string]struct {
		Code int
		OK   bool
	}{"a": {200, true}, "b": {404, false}}
	fmt.Println(table["a"].Code, table["b"].OK)
	type Outer struct {
		In struct{ V [2]int }
	}
	var o Outer
	o.In.V[1] = 5
	o2 := o
	o2.In.V[1]++
	fmt.Println(o.In.V, o2.In.V, o == o2)
}
