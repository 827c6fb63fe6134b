// Checks struct embedding: promoted fields and methods, shadowing by depth, embedded pointers and interfaces.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct{ Created, Updated int }

func (t Timestamps) Age() int { return t.Updated - t.Created }

type User struct {
	Base
	Timestamps
	Name  string
	Email string
}

type Admin struct {
	*User
	Level int
}

type Logger interface{ Log(string) string }

type prefix string

func (p prefix) Log(s string) string { return string(p) + s }

type Service struct {
	Logger
	name string
}

func main() {
	u := User{Base: Base{ID: 1, Name: "inner"}, Timestamps: Timestamps{10, 25}, Name: "outer"}
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Age(), u.Describe())
	u.Rename("renamed")
	fmt.Println(u.Base.Name, u.Name)
	u.Created = 20
	fmt.Println(u.Age(), u.Timestamps.Created)
	a := Admin{User: &u, Level: 3}
	a.ID = 99
	a.Rename("via admin")
	fmt.Println(u.ID, u.Base.Name, a.Describe(), a.Age(), a.Level)
	s := Service{Logger: prefix("> "), name: "svc"}
	fmt.Println(s.Log("started"), s.name)
	var l Logger = s
	fmt.Println(l.Log("as interface"))
	type Wrapper struct{ Base }
	w := Wrapper{Base{2, "w"}}
	fmt.Println(w.Describe(), w.ID)
	pw := &w
	pw.Rename("pw")
	fmt.Println(w.Name)
}
