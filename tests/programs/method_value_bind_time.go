// Checks method values bind their receiver when evaluated: a value receiver is copied, a pointer receiver is shared.
package main

import (
	"fmt"
	"strconv"
)

type Temp struct{ C int }

func (t Temp) Show() string   { return strconv.Itoa(t.C) + "C" }
func (t *Temp) PShow() string { return strconv.Itoa(t.C) + "C" }
func (t *Temp) Warm(d int)    { t.C += d }

func main() {
	t := Temp{20}
	byVal := t.Show
	byPtr := t.PShow
	warm := t.Warm
	warm(5)
	warm(5)
	fmt.Println(t.C, byVal(), byPtr())
	p := &t
	fromPtr := p.Show
	t.C = 0
	fmt.Println(fromPtr(), p.Show())
	temps := []Temp{{1}, {2}, {3}}
	var shows []func() string
	for i := range temps {
		shows = append(shows, temps[i].Show, temps[i].PShow)
	}
	for i := range temps {
		temps[i].C *= 100
	}
	for _, f := range shows {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
