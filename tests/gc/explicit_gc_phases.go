// Checks explicit runtime.GC() calls between phases (build, mutate, drop, rebuild) and runtime.KeepAlive, with every value verified after each collection.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

type item struct {
	id    int
	gen   int
	name  string
	vals  []int
	next  *item
	owner *bucket
}

type bucket struct {
	idx   int
	items []*item
	index map[int]*item
}

var seed uint64 = 0x9B05688C2B3E6C1F

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func mkItem(b *bucket, id, gen int) *item {
	it := &item{id: id, gen: gen, name: "i" + strconv.Itoa(id) + "g" + strconv.Itoa(gen), owner: b}
	it.vals = make([]int, 1+(id+gen)%10)
	for i := range it.vals {
		it.vals[i] = id*gen + i
	}
	return it
}

func verify(bs []*bucket, phase string) {
	n := 0
	sum := 0
	for bi, b := range bs {
		if b.idx != bi || len(b.index) != len(b.items) {
			fmt.Println("FAIL bucket", phase, bi)
			os.Exit(1)
		}
		for k, it := range b.items {
			if it.owner != b || b.index[it.id] != it || it.name != "i"+strconv.Itoa(it.id)+"g"+strconv.Itoa(it.gen) ||
				len(it.vals) != 1+(it.id+it.gen)%10 {
				fmt.Println("FAIL item", phase, bi, k)
				os.Exit(1)
			}
			for i, v := range it.vals {
				if v != it.id*it.gen+i {
					fmt.Println("FAIL vals", phase, it.id)
					os.Exit(1)
				}
				sum += v
			}
			if k > 0 && b.items[k-1].next != it {
				fmt.Println("FAIL chain", phase, bi, k)
				os.Exit(1)
			}
			n++
		}
	}
	fmt.Println(phase, "items", n, "sum", sum)
}

func garbage(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]int, 64+i%256)
		s[0] = i
		t += len(s) + s[0]
	}
	return t
}

func relink(b *bucket) {
	for k := 1; k < len(b.items); k++ {
		b.items[k-1].next = b.items[k]
	}
	if len(b.items) > 0 {
		b.items[len(b.items)-1].next = nil
	}
}

const nb = 256

func main() {
	bs := make([]*bucket, nb)
	id := 0
	// Phase 1: build.
	for i := range bs {
		b := &bucket{idx: i, index: make(map[int]*item)}
		for k := 0; k < 200; k++ {
			it := mkItem(b, id, 0)
			id++
			b.items = append(b.items, it)
			b.index[it.id] = it
		}
		relink(b)
		bs[i] = b
	}
	runtime.GC()
	verify(bs, "built")
	g := 0
	for phase := 1; phase <= 6; phase++ {
		// Mutate: replace items with new generations, garbage in between.
		for op := 0; op < 30000; op++ {
			b := bs[rnd()%nb]
			k := int(rnd() % uint64(len(b.items)))
			old := b.items[k]
			it := mkItem(b, old.id, old.gen+1)
			b.items[k] = it
			b.index[it.id] = it
			if k > 0 {
				b.items[k-1].next = it
			}
			it.next = old.next
			g += garbage(3)
		}
		runtime.GC()
		verify(bs, "mutated"+strconv.Itoa(phase))
		// Drop: remove every other item of half the buckets.
		for bi := phase % 2; bi < nb; bi += 2 {
			b := bs[bi]
			var kept []*item
			for k, it := range b.items {
				if k%2 == 0 {
					kept = append(kept, it)
				} else {
					delete(b.index, it.id)
				}
			}
			b.items = kept
			relink(b)
		}
		runtime.GC()
		verify(bs, "dropped"+strconv.Itoa(phase))
		// Rebuild: refill those buckets, and replace one bucket entirely.
		for bi := phase % 2; bi < nb; bi += 2 {
			b := bs[bi]
			for len(b.items) < 200 {
				it := mkItem(b, id, phase)
				id++
				b.items = append(b.items, it)
				b.index[it.id] = it
			}
			relink(b)
		}
		victim := int(rnd() % nb)
		nbk := &bucket{idx: victim, index: make(map[int]*item)}
		for _, it := range bs[victim].items {
			c := mkItem(nbk, it.id, it.gen)
			nbk.items = append(nbk.items, c)
			nbk.index[c.id] = c
		}
		relink(nbk)
		old := bs[victim]
		bs[victim] = nbk
		runtime.GC()
		// The old bucket is still used here, so KeepAlive keeps it to this
		// point; after it, it is garbage.
		if len(old.items) != len(nbk.items) {
			fmt.Println("FAIL victim")
			os.Exit(1)
		}
		runtime.KeepAlive(old)
		runtime.GC()
		verify(bs, "rebuilt"+strconv.Itoa(phase))
	}
	fmt.Println("garbage", g)
}
