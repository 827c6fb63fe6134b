// Checks method sets: pointer types satisfy interfaces via value and pointer methods, values only via value methods.
package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " barks" }
func (d *Dog) Move() string {
	d.name += "!"
	return d.name + " runs"
}

type Robot struct{ id int }

func (r *Robot) Speak() string { return "beep" }

func talk(s Speaker) string { return s.Speak() }

func main() {
	d := Dog{"rex"}
	fmt.Println(talk(d), talk(&d))
	var m Mover = &d
	fmt.Println(m.Move(), d.name)
	var sp Speaker = &Robot{1}
	fmt.Println(sp.Speak())
	var s Speaker = d
	d.name = "changed"
	fmt.Println(s.Speak())
	s = &d
	d.name = "pointer"
	fmt.Println(s.Speak())
	things := []interface{}{Dog{"a"}, &Dog{"b"}, Robot{}, &Robot{}}
	for _, t := range things {
		_, isSpeaker := t.(Speaker)
		_, isMover := t.(Mover)
		fmt.Println(isSpeaker, isMover)
	}
	var nilDog *Dog
	var mv Mover = nilDog
	fmt.Println(mv != nil)
}
