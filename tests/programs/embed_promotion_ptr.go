// Checks field and method promotion through embedded structs and embedded pointers, and shallower names shadowing deeper ones.
package main

import (
	"fmt"
	"strconv"
)

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base#" + strconv.Itoa(b.ID) + " " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string)   { fmt.Println(l.prefix + msg) }
func (l *Logger) Describe() string { return "logger" }

type Service struct {
	Base
	*Logger
	Name string
}

func (s Service) Describe() string { return "service " + s.Name + " / " + s.Base.Describe() }

type Wrapper struct {
	*Service
}

func main() {
	s := Service{Base{1, "core"}, &Logger{"[svc] "}, "api"}
	fmt.Println(s.ID, s.Name, s.Base.Name)
	s.Log("started")
	fmt.Println(s.Describe())
	s.Rename("kernel")
	fmt.Println(s.Base.Name)
	w := Wrapper{&s}
	w.ID = 42
	w.Log("via wrapper")
	fmt.Println(s.ID, w.Describe())
	w.prefix = "[w] "
	s.Log("prefix shared through pointer")
	copyS := s
	copyS.Base.ID = 7
	copyS.prefix = "[copy] "
	fmt.Println(s.ID, copyS.ID)
	s.Log("logger pointer is shared by the copy")
}
