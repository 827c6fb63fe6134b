// Checks a long-lived doubly linked list under insertions, removals and segment splices while garbage is allocated.
package main

import (
	"fmt"
	"os"
)

type elem struct {
	prev, next *elem
	id         int
	payload    []byte
	note       *string
}

type list struct {
	head  elem // sentinel
	count int
	idsum int
}

var seed uint64 = 0x2545F4914F6CDD1D

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func newElem(id int) *elem {
	p := make([]byte, 4+id%13)
	for i := range p {
		p[i] = byte(id + i*31)
	}
	s := fmt.Sprint("e", id)
	return &elem{id: id, payload: p, note: &s}
}

func (l *list) init() {
	l.head.next = &l.head
	l.head.prev = &l.head
}

func (l *list) insertAfter(at, e *elem) {
	e.prev = at
	e.next = at.next
	at.next.prev = e
	at.next = e
	l.count++
	l.idsum += e.id
}

func (l *list) remove(e *elem) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = nil
	e.next = nil
	l.count--
	l.idsum -= e.id
}

// cut detaches up to n elements starting at e (never the sentinel) and
// returns the first and last of the detached segment and its length.
func (l *list) cut(e *elem, n int) (*elem, *elem, int) {
	first := e
	last := e
	k := 1
	ids := e.id
	for k < n && last.next != &l.head {
		last = last.next
		ids += last.id
		k++
	}
	first.prev.next = last.next
	last.next.prev = first.prev
	first.prev = nil
	last.next = nil
	l.count -= k
	l.idsum -= ids
	return first, last, k
}

func (l *list) spliceAfter(at, first, last *elem, k int) {
	ids := 0
	for e := first; e != nil; e = e.next {
		ids += e.id
	}
	last.next = at.next
	at.next.prev = last
	at.next = first
	first.prev = at
	l.count += k
	l.idsum += ids
}

func (l *list) verify() (int, uint64) {
	n := 0
	ids := 0
	var h uint64 = 14695981039346656037
	prev := &l.head
	for e := l.head.next; e != &l.head; e = e.next {
		if e.prev != prev {
			fmt.Println("FAIL prev link at", e.id)
			os.Exit(1)
		}
		if len(e.payload) != 4+e.id%13 || *e.note != fmt.Sprint("e", e.id) {
			fmt.Println("FAIL element", e.id)
			os.Exit(1)
		}
		for i, b := range e.payload {
			if b != byte(e.id+i*31) {
				fmt.Println("FAIL payload", e.id, i)
				os.Exit(1)
			}
		}
		n++
		ids += e.id
		h = (h ^ uint64(e.id)) * 1099511628211
		prev = e
	}
	if l.head.prev != prev || n != l.count || ids != l.idsum {
		fmt.Println("FAIL list", n, l.count, ids, l.idsum)
		os.Exit(1)
	}
	// Walk backwards too.
	m := 0
	for e := l.head.prev; e != &l.head; e = e.prev {
		m++
	}
	if m != n {
		fmt.Println("FAIL backward count", m, n)
		os.Exit(1)
	}
	return n, h
}

func main() {
	var l list
	l.init()
	nextID := 1
	for i := 0; i < 20000; i++ {
		l.insertAfter(l.head.prev, newElem(nextID))
		nextID++
	}
	n, h := l.verify()
	fmt.Println("initial", n, h)
	cursor := l.head.next
	step := func(k int) {
		for i := 0; i < k; i++ {
			cursor = cursor.next
			if cursor == &l.head {
				cursor = cursor.next
			}
		}
	}
	var trash []*elem
	for round := 1; round <= 10; round++ {
		for op := 0; op < 40000; op++ {
			step(int(rnd() % 16))
			switch r := rnd() % 10; {
			case r < 4:
				l.insertAfter(cursor, newElem(nextID))
				nextID++
			case r < 7:
				if l.count > 1000 {
					victim := cursor
					step(1)
					l.remove(victim)
				}
			default:
				if l.count > 1000 {
					first, last, k := l.cut(cursor, 1+int(rnd()%64))
					cursor = l.head.next
					step(int(rnd() % 512))
					l.spliceAfter(cursor, first, last, k)
				}
			}
			// Garbage: a short chain of detached elements.
			g := newElem(op)
			g.payload = make([]byte, 256+op%1024)
			g.payload[0] = byte(op)
			if len(trash) < 64 {
				trash = append(trash, g)
			} else {
				trash[op%64] = g
			}
		}
		n, h := l.verify()
		fmt.Println("round", round, "count", n, "hash", h, "next id", nextID)
	}
	fmt.Println("trash", len(trash))
}
