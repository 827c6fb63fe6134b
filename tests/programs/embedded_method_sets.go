// Checks method sets of structs with embedded values and pointers, and which of them satisfy an interface.
package main

import "fmt"

type Walker interface{ Walk() string }
type Swimmer interface{ Swim() string }
type Amphibian interface {
	Walker
	Swimmer
}

type Legs struct{ n int }

func (l Legs) Walk() string { return "walks on legs" }

type Fins struct{ n int }

func (f *Fins) Swim() string {
	f.n++
	return "swims"
}

type Frog struct {
	Legs
	*Fins
}

type Fish struct{ Fins }

func describe(v interface{}) string {
	out := ""
	if _, ok := v.(Walker); ok {
		out += "W"
	}
	if _, ok := v.(Swimmer); ok {
		out += "S"
	}
	if _, ok := v.(Amphibian); ok {
		out += "A"
	}
	return out
}

func main() {
	frog := Frog{Legs{4}, &Fins{}}
	var a Amphibian = frog
	fmt.Println(a.Walk(), a.Swim(), frog.Fins.n)
	fish := Fish{}
	fmt.Println(fish.Swim(), fish.n)
	var s Swimmer = &fish
	s.Swim()
	fmt.Println(fish.n)
	fmt.Println(describe(frog), describe(&frog), describe(fish), describe(&fish), describe(Legs{}), describe(&Fins{}))
	items := []Walker{Legs{2}, frog, &frog}
	for _, w := range items {
		fmt.Print(w.Walk(), "; ")
	}
	fmt.Println()
}
