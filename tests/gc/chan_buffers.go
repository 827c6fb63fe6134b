// Channel buffers hold the only references to their elements: pointerful buffers
// (pointers, strings, slices, interfaces, structs mixing them) must be scanned, slots
// freed by a receive must not keep garbage alive, and hchans whose buffer is part of
// the same noscan object must survive while referenced. Many cycles run while values
// sit in the buffers.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	id   int
	next *node
	name string
}

type mixed struct {
	n    int
	p    *node
	s    []int
	f    float64
	i    interface{}
	text string
}

func garbage(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 64+i%200)
		b[0] = byte(i)
		total += int(b[0])
	}
	return total
}

func chain(id, n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{id: id*100 + i, next: head, name: fmt.Sprint("n", id, "_", i)}
	}
	return head
}

func length(p *node) int {
	n := 0
	for ; p != nil; p = p.next {
		n++
	}
	return n
}

func main() {
	ptrs := make(chan *node, 64)
	strs := make(chan string, 64)
	mix := make(chan mixed, 32)
	ints := make(chan int, 1000)
	chans := make(chan chan *node, 8)
	sum := 0
	for round := 0; round < 40; round++ {
		for i := 0; i < 50; i++ {
			ptrs <- chain(round*50+i, 5)
			strs <- strings.Repeat(string(rune('a'+i%26)), 10+i%7)
			ints <- round*1000 + i
		}
		for i := 0; i < 20; i++ {
			mix <- mixed{n: i, p: chain(i, 3), s: make([]int, i+1), f: float64(i), i: &node{id: -i}, text: fmt.Sprint("m", i)}
		}
		inner := make(chan *node, 4)
		inner <- chain(round, 4)
		chans <- inner
		sum += garbage(2000)
		runtime.GC()
		for i := 0; i < 50; i++ {
			p := <-ptrs
			if length(p) != 5 || p.id != (round*50+i)*100+4 || !strings.HasPrefix(p.name, "n") {
				panic("bad node")
			}
			s := <-strs
			if len(s) != 10+i%7 || s[0] != byte('a'+i%26) {
				panic("bad string")
			}
			if v := <-ints; v != round*1000+i {
				panic("bad int")
			}
		}
		sum += garbage(1000)
		for i := 0; i < 20; i++ {
			m := <-mix
			if m.n != i || length(m.p) != 3 || len(m.s) != i+1 || m.i.(*node).id != -i || m.text != fmt.Sprint("m", i) {
				panic("bad mixed")
			}
		}
		if len(chans) == 8 {
			for len(chans) > 0 {
				c := <-chans
				if length(<-c) != 4 {
					panic("bad inner")
				}
			}
		}
	}
	fmt.Println("ok", len(ptrs), len(strs), len(mix), len(chans), sum > 0)
}
