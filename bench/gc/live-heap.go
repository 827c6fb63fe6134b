// live-heap: keeps LIVE MB of data reachable for the whole run while allocating
// TOTAL GB of short-lived garbage, to measure how the collector holds the heap near
// its target (GOGC, GOMEMLIMIT) — peak RSS, GC cycles, pauses — under a steady
// allocation rate.
//
// The live data is a slice of pointers to LIVE*1024 blocks of 1016 bytes (Go's
// 1024-byte size class): an id, its index in the slice, a pointer to another live
// block and 125 int64s.
//
// The garbage is a stream of objects of mixed sizes from 16 B to 32 KB: by count 30%
// of them are 16-31 bytes, 21% 32-63, ..., 0.7% 32 KB (each power-of-two range of
// sizes 1/sqrt(2) times as likely as the one below; mean size about 980 bytes),
// alternately []byte (no pointers) and []*block (scanned, pointing into the live
// data). Every 4 KB page of each object is written, as a program initialising what
// it allocates would (fresh memory never touched would not count in the RSS). The
// last 64 objects of each kind stay reachable from two rings, so garbage is young,
// not instantly dead.
//
// Meanwhile the live data is mutated: every 4 allocations a live block's next
// pointer is rewired to another block (a pointer store into an old object), every
// 64 a live block is replaced in the slice by a new one (the replacement counts in
// TOTAL); the old one becomes garbage once no next pointer leads to it (at any time
// about 5% of the next pointers still lead to replaced blocks, which adds that much
// to the live data). All choices come from a fixed-seed xorshift generator, so the
// output is the same on every run and with every compiler.
//
// At the end it prints the live data (and how many replaced blocks are still
// reachable), what it allocated, and a checksum of the live data (every block's id,
// data and next pointer's id) and of the garbage it read back.
//
// Usage: live-heap LIVE TOTAL   (LIVE in MB, an integer; TOTAL in GB, may be
// fractional: 0.5 is 512 MB; default 4 0.05)
package main

import (
	"fmt"
	"os"
	"strconv"
)

const (
	dataWords   = 125 // 16 + 125*8 = 1016 bytes: Go's 1024-byte size class
	blockBytes  = 16 + 8*dataWords
	ringSize    = 64
	pageSize    = 4096
	maxSize     = 32 << 10 // largest garbage object
	rewireMask  = 3        // rewire a next pointer every 4 allocations
	replaceMask = 63       // replace a live block every 64 allocations
)

type block struct {
	id   int32
	slot int32 // index in the slice of live blocks
	next *block
	data [dataWords]int64
}

// rng is xorshift64*.
type rng struct {
	s uint64
}

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

// intn returns a number in [0, n).
func (r *rng) intn(n int) int {
	return int((r.next() >> 1) % uint64(n))
}

// newBlock returns a block with the given id and slot and data derived from seed.
func newBlock(id, slot int, seed uint64) *block {
	b := &block{id: int32(id), slot: int32(slot)}
	v := int64(seed)
	for k := range b.data {
		v = v*6364136223846793005 + 1442695040888963407
		b.data[k] = v >> 17
	}
	return b
}

// sizeRange[e] is the cumulative probability, out of 2^32, that the next garbage
// object is in [16<<e', 32<<e') for some e' <= e: each power-of-two range of sizes
// is 1/sqrt(2) times as likely as the one below it (30% of the objects are 16-31
// bytes, 0.7% are 32 KB); by bytes, each range gets sqrt(2) times the share of the
// one below. The mean size is about 980 bytes.
var sizeRange = [11]uint64{1277934523, 2181570690, 2820537952, 3272356035,
	3591839666, 3817748708, 3977490523, 4090445044, 4170315951, 4226793212,
	4266728666}

// garbageSize returns the size of the next garbage object: a power-of-two range
// [16<<e, 32<<e) chosen with the probabilities of sizeRange, a size uniformly
// inside it, at most maxSize (the last range is maxSize only).
func garbageSize(r *rng) int {
	x := r.next()
	u := x >> 32
	e := 0
	for e < len(sizeRange) && u >= sizeRange[e] {
		e++
	}
	lo := 16 << uint(e)
	size := lo + int((x&0xffffffff)%uint64(lo))
	if size > maxSize {
		size = maxSize
	}
	return size
}

func usage() {
	fmt.Println("usage: live-heap LIVE-MB TOTAL-GB")
	os.Exit(2)
}

func main() {
	liveMB, totalGB := 4, 0.05
	if len(os.Args) > 1 {
		if len(os.Args) != 3 {
			usage()
		}
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			usage()
		}
		t, err := strconv.ParseFloat(os.Args[2], 64)
		if err != nil || t <= 0 {
			usage()
		}
		liveMB, totalGB = v, t
	}
	total := int64(totalGB * (1 << 30))

	r := &rng{s: 0x9E3779B97F4A7C15}

	// The live data.
	nblocks := liveMB << 10
	live := make([]*block, nblocks)
	for i := range live {
		live[i] = newBlock(i, i, r.next())
	}
	for i := range live {
		live[i].next = live[r.intn(nblocks)]
	}
	nextID := nblocks

	// The garbage, with the most recent objects still reachable.
	var bytesRing [ringSize][]byte
	var ptrsRing [ringSize][]*block
	var allocated, objects, rewired, replaced int64
	var gsum uint64

	for i := 0; allocated < total; i++ {
		size := garbageSize(r)
		slot := i & (ringSize - 1)
		if i&1 == 0 {
			if old := bytesRing[slot]; old != nil {
				gsum = gsum*31 + uint64(old[0]) + uint64(old[len(old)-1])
			}
			b := make([]byte, size)
			for k := 0; k < size; k += pageSize { // every page is touched
				b[k] = byte(i + k>>12)
			}
			b[size-1] = byte(size)
			bytesRing[slot] = b
		} else {
			if old := ptrsRing[slot]; old != nil {
				gsum = gsum*31 + uint64(len(old))
				if old[0] == old[len(old)-1] {
					gsum++
				}
			}
			n := size / 8
			if n < 2 {
				n = 2
			}
			p := make([]*block, n)
			p[0] = live[r.intn(nblocks)]
			for k := pageSize / 8; k < n; k += pageSize / 8 { // every page is touched
				p[k] = p[0]
			}
			p[n-1] = live[r.intn(nblocks)]
			ptrsRing[slot] = p
		}
		allocated += int64(size)
		objects++

		if i&rewireMask == rewireMask {
			live[r.intn(nblocks)].next = live[r.intn(nblocks)]
			rewired++
		}
		if i&replaceMask == replaceMask {
			j := r.intn(nblocks)
			b := newBlock(nextID, j, r.next())
			nextID++
			old := live[j]
			b.next = old.next
			old.next = nil // no chains of replaced blocks
			live[j] = b
			allocated += blockBytes
			objects++
			replaced++
		}
	}

	var sum uint64
	stale := make(map[*block]bool)
	for _, b := range live {
		sum = sum*1000003 + uint64(b.id)
		for _, v := range b.data {
			sum += uint64(v)
		}
		sum ^= uint64(b.next.id) << 20
		if live[b.next.slot] != b.next {
			stale[b.next] = true
		}
	}
	fmt.Printf("live: %d blocks of %d bytes (%d MB), and %d replaced blocks still reachable\n",
		nblocks, blockBytes, liveMB, len(stale))
	fmt.Printf("allocated: %d bytes in %d objects (%d blocks replaced, %d pointers rewired)\n",
		allocated, objects, replaced, rewired)
	fmt.Printf("checksum: %d, garbage checksum: %d\n", sum, gsum)
}
