// Checks interface values (any and a non-empty interface) holding pointers, structs and slices, stored in maps and slices and replaced while garbage is allocated.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type shape interface {
	ID() int
	Sum() int
}

type box struct {
	id   int
	dims [3]int
	name string
}

func (b box) ID() int   { return b.id }
func (b box) Sum() int  { return b.dims[0] + b.dims[1] + b.dims[2] + len(b.name) }
func (b *poly) ID() int { return b.id }
func (b *poly) Sum() int {
	s := 0
	for _, p := range b.pts {
		s += p.x + p.y
	}
	return s + b.next.Sum()
}

type point struct{ x, y int }

type poly struct {
	id   int
	pts  []point
	next shape
}

type ints []int

func (v ints) ID() int { return v[0] }
func (v ints) Sum() int {
	s := 0
	for _, x := range v[1:] {
		s += x
	}
	return s
}

var seed uint64 = 0xD1B54A32D192ED03

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// mkShape builds one of three dynamic types for (id, gen); sumOf gives its Sum.
func mkShape(id, gen int) shape {
	switch (id + gen) % 3 {
	case 0:
		return box{id: id, dims: [3]int{id, gen, id ^ gen}, name: "b" + strconv.Itoa(gen)}
	case 1:
		p := &poly{id: id, pts: make([]point, 1+gen%5)}
		for i := range p.pts {
			p.pts[i] = point{id + i, gen - i}
		}
		p.next = box{id: -id, dims: [3]int{gen, 0, 0}}
		return p
	}
	v := make(ints, 2+gen%6)
	v[0] = id
	for i := 1; i < len(v); i++ {
		v[i] = gen * i
	}
	return v
}

func sumOf(id, gen int) int {
	switch (id + gen) % 3 {
	case 0:
		return id + gen + (id ^ gen) + len("b"+strconv.Itoa(gen))
	case 1:
		s := 0
		for i := 0; i < 1+gen%5; i++ {
			s += id + i + gen - i
		}
		return s + gen
	}
	s := 0
	for i := 1; i < 2+gen%6; i++ {
		s += gen * i
	}
	return s
}

// mkAny builds an any for (id, gen): a pointer, a struct, a slice, a string,
// an int or a shape; checkAny verifies it.
func mkAny(id, gen int) any {
	switch (id * gen) % 6 {
	case 0:
		x := int64(id*1000 + gen)
		return &x
	case 1:
		return point{id, gen}
	case 2:
		return []string{strconv.Itoa(id), strconv.Itoa(gen)}
	case 3:
		return "s" + strconv.Itoa(id) + "/" + strconv.Itoa(gen)
	case 4:
		return id*7 + gen
	}
	return mkShape(id, gen)
}

func checkAny(v any, id, gen int) int {
	ok := false
	r := 0
	switch x := v.(type) {
	case *int64:
		ok = (id*gen)%6 == 0 && *x == int64(id*1000+gen)
		r = int(*x)
	case point:
		ok = (id*gen)%6 == 1 && x == point{id, gen}
		r = x.x + x.y
	case []string:
		ok = (id*gen)%6 == 2 && len(x) == 2 && x[0] == strconv.Itoa(id) && x[1] == strconv.Itoa(gen)
		r = len(x[0]) + len(x[1])
	case string:
		ok = (id*gen)%6 == 3 && x == "s"+strconv.Itoa(id)+"/"+strconv.Itoa(gen)
		r = len(x)
	case int:
		ok = (id*gen)%6 == 4 && x == id*7+gen
		r = x
	case shape:
		ok = (id*gen)%6 == 5 && x.ID() == id && x.Sum() == sumOf(id, gen)
		r = x.Sum()
	}
	if !ok {
		fmt.Println("FAIL any", id, gen)
		os.Exit(1)
	}
	return r
}

const n = 30000

func main() {
	shapes := make([]shape, n)
	sgen := make([]int, n)
	anys := make(map[int]any)
	agen := make([]int, n)
	for i := 0; i < n; i++ {
		shapes[i] = mkShape(i, 0)
		anys[i] = mkAny(i, 0)
	}
	for round := 1; round <= 6; round++ {
		for op := 0; op < 150000; op++ {
			i := int(rnd() % n)
			switch rnd() % 5 {
			case 0:
				sgen[i]++
				shapes[i] = mkShape(i, sgen[i])
			case 1:
				agen[i]++
				anys[i] = mkAny(i, agen[i])
			case 2:
				// Swap two interface slots through a temporary any.
				j := int(rnd() % n)
				var tmp any = shapes[i]
				shapes[i] = shapes[j]
				shapes[j] = tmp.(shape)
				sgen[i], sgen[j] = sgen[j], sgen[i]
				if shapes[i].ID() != j || shapes[j].ID() != i {
					fmt.Println("FAIL swap", i, j)
					os.Exit(1)
				}
				// Swap them back so that slot i holds id i.
				shapes[i], shapes[j] = shapes[j], shapes[i]
				sgen[i], sgen[j] = sgen[j], sgen[i]
			case 3:
				delete(anys, i)
				anys[i] = mkAny(i, agen[i])
			default:
				// Garbage: interfaces boxed and dropped.
				var junk []any
				for k := 0; k < 8; k++ {
					junk = append(junk, mkAny(op+k, round), mkShape(k, op))
				}
				if checkAny(junk[0], op, round) < -1<<40 {
					fmt.Println("unreachable")
				}
			}
		}
		ssum, asum := 0, 0
		for i, s := range shapes {
			if s.ID() != i || s.Sum() != sumOf(i, sgen[i]) {
				fmt.Println("FAIL shape", i)
				os.Exit(1)
			}
			ssum += s.Sum()
		}
		if len(anys) != n {
			fmt.Println("FAIL map size", len(anys))
			os.Exit(1)
		}
		for i, v := range anys {
			asum += checkAny(v, i, agen[i])
		}
		fmt.Println("round", round, "shapes", ssum, "anys", asum)
	}
}
