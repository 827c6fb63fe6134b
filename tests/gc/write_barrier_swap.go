// Checks write barriers: pointers moved continuously between fields of long-lived objects and newly allocated ones, every token staying reachable exactly once.
package main

import (
	"fmt"
	"os"
)

type token struct {
	id    int
	check uint64
	data  []uint32
}

type holder struct {
	a, b  *token
	arr   [4]*token
	sl    []*token
	iface any
	peer  *holder
}

// carrier is a freshly allocated object that holds a token for a while.
type carrier struct {
	t    *token
	next *carrier
	pad  [6]uint64
}

func mkToken(id int) *token {
	t := &token{id: id, check: uint64(id) * 0x9E3779B97F4A7C15, data: make([]uint32, 2+id%6)}
	for i := range t.data {
		t.data[i] = uint32(id*5 + i)
	}
	return t
}

var seed uint64 = 0xA54FF53A5F1D36F1

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

const nh = 20000
const slotsPer = 9 // a, b, arr[4], sl[2], iface

// slot returns a pointer to slot k of h's token slots (k < slotsPer - 1);
// the iface slot is handled by the callers.
func slot(h *holder, k int) **token {
	switch k {
	case 0:
		return &h.a
	case 1:
		return &h.b
	case 2, 3, 4, 5:
		return &h.arr[k-2]
	}
	return &h.sl[k-6]
}

func take(h *holder, k int) *token {
	if k == slotsPer-1 {
		t := h.iface.(*token)
		h.iface = nil
		return t
	}
	p := slot(h, k)
	t := *p
	*p = nil
	return t
}

func put(h *holder, k int, t *token) {
	if k == slotsPer-1 {
		h.iface = t
		return
	}
	*slot(h, k) = t
}

func churn(n int) {
	var c *carrier
	for i := 0; i < n; i++ {
		c = &carrier{next: c}
		c.pad[i%6] = uint64(i)
		if i%8 == 7 {
			c = nil
		}
	}
}

// checkLimbo checks a limbo chain (its tokens are copies of tokens still in
// place) before it is dropped.
func checkLimbo(c *carrier) {
	for ; c != nil; c = c.next {
		if c.t.check != uint64(c.t.id)*0x9E3779B97F4A7C15 || len(c.t.data) != 2+c.t.id%6 {
			fmt.Println("FAIL limbo", c.t.id)
			os.Exit(1)
		}
	}
}

func verify(hs []*holder) (int, uint64) {
	seen := make([]bool, nh*slotsPer)
	count := 0
	var sum uint64
	for hi, h := range hs {
		if h.peer != hs[(hi+1)%nh] {
			fmt.Println("FAIL peer", hi)
			os.Exit(1)
		}
		for k := 0; k < slotsPer; k++ {
			var t *token
			if k == slotsPer-1 {
				t = h.iface.(*token)
			} else {
				t = *slot(h, k)
			}
			if t.check != uint64(t.id)*0x9E3779B97F4A7C15 || len(t.data) != 2+t.id%6 || seen[t.id] {
				fmt.Println("FAIL token", t.id)
				os.Exit(1)
			}
			for i, d := range t.data {
				if d != uint32(t.id*5+i) {
					fmt.Println("FAIL token data", t.id)
					os.Exit(1)
				}
			}
			seen[t.id] = true
			count++
			sum += uint64(t.id) * uint64(hi*slotsPer+k+1)
		}
	}
	return count, sum
}

func main() {
	hs := make([]*holder, nh)
	id := 0
	for i := range hs {
		h := &holder{sl: make([]*token, 2)}
		for k := 0; k < slotsPer; k++ {
			put(h, k, mkToken(id))
			id++
		}
		hs[i] = h
	}
	for i, h := range hs {
		h.peer = hs[(i+1)%nh]
	}
	c, s := verify(hs)
	fmt.Println("initial", c, s)
	for round := 1; round <= 6; round++ {
		var limbo *carrier // tokens held only by new objects
		inLimbo := 0
		for op := 0; op < 120000; op++ {
			i, j := int(rnd()%nh), int(rnd()%nh)
			ki, kj := int(rnd()%slotsPer), int(rnd()%slotsPer)
			if i == j {
				j = (i + 1) % nh
			}
			hi, hj := hs[i], hs[j]
			switch rnd() % 6 {
			case 0:
				// Swap through a new object.
				tmp := &holder{a: take(hi, ki)}
				churn(4)
				put(hi, ki, take(hj, kj))
				put(hj, kj, tmp.a)
			case 1:
				// A pointer held only in a local across allocation.
				t := take(hi, ki)
				churn(8)
				put(hi, ki, take(hj, kj))
				put(hj, kj, t)
			case 2:
				// Move a token into limbo (a chain of new objects) and fill
				// the slot from another holder, which gets a fresh copy of
				// the token; limbo keeps a fresh copy of the moved one. The
				// token objects replaced by copies become garbage.
				limbo = &carrier{t: take(hi, ki), next: limbo}
				inLimbo++
				t := take(hj, kj)
				put(hi, ki, t)
				put(hj, kj, mkToken(limbo.t.id))
				limbo.t = mkToken(t.id)
				if inLimbo%256 == 0 {
					checkLimbo(limbo)
					limbo = nil
				}
			case 3:
				// Replace a holder by a new one that takes over its tokens
				// and peer pointers.
				nhd := &holder{sl: make([]*token, 2), peer: hi.peer}
				for k := 0; k < slotsPer; k++ {
					put(nhd, k, take(hi, k))
				}
				hs[(i+nh-1)%nh].peer = nhd
				hs[i] = nhd
			case 4:
				// Swap whole slices between a long-lived and a new holder.
				tmp := &holder{sl: make([]*token, 2)}
				tmp.sl, hi.sl = hi.sl, tmp.sl
				hi.sl[0], hi.sl[1] = tmp.sl[1], tmp.sl[0]
			default:
				churn(16)
			}
		}
		checkLimbo(limbo)
		c, s := verify(hs)
		fmt.Println("round", round, "tokens", c, "sum", s, "limbo", inLimbo)
	}
}
