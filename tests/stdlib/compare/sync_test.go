package compare

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	msync "mstd/sync"
	matomic "mstd/sync/atomic"
)

// TestAtomicTypes runs random operations on minigo's atomic types and Go's and
// compares every result.
func TestAtomicTypes(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	r := newRand()
	var g32 atomic.Int32
	var m32 matomic.Int32
	var g64 atomic.Int64
	var m64 matomic.Int64
	var gu32 atomic.Uint32
	var mu32 matomic.Uint32
	var gu64 atomic.Uint64
	var mu64 matomic.Uint64
	var gb atomic.Bool
	var mb matomic.Bool
	for i := 0; i < n(20000); i++ {
		a, b := r.Uint64(), r.Uint64()
		if r.Intn(4) == 0 {
			b = gu64.Load() // make CompareAndSwap succeed sometimes
		}
		switch r.Intn(5) {
		case 0:
			c.check(g32.Add(int32(a)) == m32.Add(int32(a)), "Int32.Add")
			c.check(g64.Add(int64(a)) == m64.Add(int64(a)), "Int64.Add")
			c.check(gu32.Add(uint32(a)) == mu32.Add(uint32(a)), "Uint32.Add")
			c.check(gu64.Add(a) == mu64.Add(a), "Uint64.Add")
		case 1:
			c.check(g32.Swap(int32(a)) == m32.Swap(int32(a)), "Int32.Swap")
			c.check(g64.Swap(int64(a)) == m64.Swap(int64(a)), "Int64.Swap")
			c.check(gu32.Swap(uint32(a)) == mu32.Swap(uint32(a)), "Uint32.Swap")
			c.check(gu64.Swap(a) == mu64.Swap(a), "Uint64.Swap")
			c.check(gb.Swap(a&1 == 1) == mb.Swap(a&1 == 1), "Bool.Swap")
		case 2:
			c.check(g32.CompareAndSwap(int32(b), int32(a)) == m32.CompareAndSwap(int32(b), int32(a)), "Int32.CAS")
			c.check(g64.CompareAndSwap(int64(b), int64(a)) == m64.CompareAndSwap(int64(b), int64(a)), "Int64.CAS")
			c.check(gu32.CompareAndSwap(uint32(b), uint32(a)) == mu32.CompareAndSwap(uint32(b), uint32(a)), "Uint32.CAS")
			c.check(gu64.CompareAndSwap(b, a) == mu64.CompareAndSwap(b, a), "Uint64.CAS")
			c.check(gb.CompareAndSwap(b&1 == 1, a&1 == 1) == mb.CompareAndSwap(b&1 == 1, a&1 == 1), "Bool.CAS")
		case 3:
			g32.Store(int32(a))
			m32.Store(int32(a))
			gu64.Store(a)
			mu64.Store(a)
			gb.Store(a&2 != 0)
			mb.Store(a&2 != 0)
		default:
			c.check(g32.Load() == m32.Load() && g64.Load() == m64.Load() && gu32.Load() == mu32.Load() &&
				gu64.Load() == mu64.Load() && gb.Load() == mb.Load(), "Load")
		}
	}
}

func syncPanicText(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return ""
}

// TestAtomicValue compares Value's results and panics with Go's.
func TestAtomicValue(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	type pair struct{ a, b int }
	p := &pair{1, 2}
	steps := []func(v any) any{
		func(v any) any { return v.(interface{ Load() any }).Load() },
		func(v any) any { v.(interface{ Store(any) }).Store(1); return nil },
		func(v any) any { return v.(interface{ Swap(any) any }).Swap(2) },
		func(v any) any { return v.(interface{ CompareAndSwap(any, any) bool }).CompareAndSwap(2, 3) },
		func(v any) any { return v.(interface{ CompareAndSwap(any, any) bool }).CompareAndSwap(2, 4) },
		func(v any) any { v.(interface{ Store(any) }).Store(nil); return nil },
		func(v any) any { v.(interface{ Store(any) }).Store("s"); return nil },
		func(v any) any { return v.(interface{ Swap(any) any }).Swap(nil) },
		func(v any) any { return v.(interface{ Swap(any) any }).Swap(p) },
		func(v any) any { return v.(interface{ CompareAndSwap(any, any) bool }).CompareAndSwap(3, nil) },
		func(v any) any { return v.(interface{ CompareAndSwap(any, any) bool }).CompareAndSwap(3, "x") },
		func(v any) any { return v.(interface{ CompareAndSwap(any, any) bool }).CompareAndSwap("y", "x") },
		func(v any) any { return v.(interface{ CompareAndSwap(any, any) bool }).CompareAndSwap(nil, 5) },
		func(v any) any { return v.(interface{ Load() any }).Load() },
	}
	run := func(v any, f func(any) any) (res string) {
		defer func() {
			if r := recover(); r != nil {
				res = fmt.Sprint("panic: ", r)
			}
		}()
		return fmt.Sprint(f(v))
	}
	// Every sequence of three steps, from an empty Value.
	for i := range steps {
		for j := range steps {
			for k := range steps {
				g, m := &atomic.Value{}, &matomic.Value{}
				for _, s := range []int{i, j, k} {
					gr, mr := run(g, steps[s]), run(m, steps[s])
					c.check(gr == mr, "steps %d %d %d: step %d: Go %q, minigo %q", i, j, k, s, gr, mr)
				}
			}
		}
	}
	// Uncomparable values: CompareAndSwap panics as == does.
	g, m := &atomic.Value{}, &matomic.Value{}
	g.Store([]int{1})
	m.Store([]int{1})
	gp := syncPanicText(func() { g.CompareAndSwap([]int{1}, []int{2}) })
	mp := syncPanicText(func() { m.CompareAndSwap([]int{1}, []int{2}) })
	c.check(gp == mp, "uncomparable: Go %q, minigo %q", gp, mp)
}

// TestSyncSingle runs the same single-goroutine uses of sync's types in both.
func TestSyncSingle(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	var gm sync.Mutex
	var mm msync.Mutex
	var grw sync.RWMutex
	var mrw msync.RWMutex
	r := newRand()
	readers, writer := 0, false // what rw holds
	for i := 0; i < n(20000); i++ {
		switch r.Intn(4) {
		case 0:
			c.check(gm.TryLock() == mm.TryLock(), "Mutex.TryLock")
		case 1:
			gu, mu := gm.TryLock(), mm.TryLock()
			c.check(gu == mu, "Mutex.TryLock")
			gm.Unlock()
			mm.Unlock()
		case 2:
			gr, mr := grw.TryRLock(), mrw.TryRLock()
			c.check(gr == mr, "RWMutex.TryRLock")
			if mr {
				readers++
			}
		case 3:
			gw, mw := grw.TryLock(), mrw.TryLock()
			c.check(gw == mw, "RWMutex.TryLock")
			if mw {
				writer = true
			}
		}
		if r.Intn(8) == 0 {
			// Release everything.
			if writer {
				grw.Unlock()
				mrw.Unlock()
				writer = false
			}
			for ; readers > 0; readers-- {
				grw.RUnlock()
				mrw.RUnlock()
			}
		}
	}
	var gw sync.WaitGroup
	var mw msync.WaitGroup
	for i := 0; i < 10; i++ {
		gw.Add(i)
		mw.Add(i)
	}
	for i := 0; i < 45; i++ {
		gw.Done()
		mw.Done()
	}
	gw.Wait()
	mw.Wait()
	gp := syncPanicText(func() { gw.Done() })
	mp := syncPanicText(func() { mw.Done() })
	c.check(gp == mp, "negative WaitGroup: Go %q, minigo %q", gp, mp)

	var gonce sync.Once
	var monce msync.Once
	gn, mn := 0, 0
	gp = syncPanicText(func() { gonce.Do(func() { gn++; panic("first") }) })
	mp = syncPanicText(func() { monce.Do(func() { mn++; panic("first") }) })
	gonce.Do(func() { gn++ })
	monce.Do(func() { mn++ })
	c.check(gp == mp && gn == mn, "Once: Go %q %d, minigo %q %d", gp, gn, mp, mn)

	var gmap sync.Map
	var mmap msync.Map
	for i := 0; i < n(5000); i++ {
		k := r.Intn(50)
		v := r.Intn(1000)
		switch r.Intn(4) {
		case 0:
			gmap.Store(k, v)
			mmap.Store(k, v)
		case 1:
			ga, gl := gmap.LoadOrStore(k, v)
			ma, ml := mmap.LoadOrStore(k, v)
			c.check(ga == ma && gl == ml, "Map.LoadOrStore")
		case 2:
			ga, gl := gmap.LoadAndDelete(k)
			ma, ml := mmap.LoadAndDelete(k)
			c.check(ga == ma && gl == ml, "Map.LoadAndDelete")
		default:
			ga, gl := gmap.Load(k)
			ma, ml := mmap.Load(k)
			c.check(ga == ma && gl == ml, "Map.Load")
		}
	}
	gs, ms := 0, 0
	gmap.Range(func(k, v any) bool { gs += k.(int) * v.(int); return true })
	mmap.Range(func(k, v any) bool { ms += k.(int) * v.(int); return true })
	c.check(gs == ms, "Map.Range")
}

// TestSyncConcurrent checks Mutex, RWMutex, WaitGroup, Once and Cond with real
// goroutines (the shim's semaphores spin instead of parking).
func TestSyncConcurrent(t *testing.T) {
	c := newCounter(t)
	defer c.done()
	rounds := n(2000)

	var mu msync.Mutex
	var wg msync.WaitGroup
	count := 0
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	c.check(count == 16*rounds, "Mutex counter: %d", count)

	var rw msync.RWMutex
	a, b := 0, 0
	var bad atomic.Int32
	for g := 0; g < 12; g++ {
		wg.Add(1)
		writer := g%4 == 0
		go func() {
			defer wg.Done()
			for i := 0; i < rounds/4; i++ {
				if writer {
					rw.Lock()
					a++
					b++
					rw.Unlock()
				} else {
					rw.RLock()
					if a != b {
						bad.Add(1)
					}
					rw.RUnlock()
				}
			}
		}()
	}
	wg.Wait()
	c.check(a == 3*(rounds/4) && a == b && bad.Load() == 0, "RWMutex: %d %d %d", a, b, bad.Load())

	var once msync.Once
	var calls atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls.Add(1) })
		}()
	}
	wg.Wait()
	c.check(calls.Load() == 1, "Once: %d calls", calls.Load())

	var cmu msync.Mutex
	cond := msync.NewCond(&cmu)
	ready, woken := 0, 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmu.Lock()
			ready++
			for woken == 0 {
				cond.Wait()
			}
			woken++
			cmu.Unlock()
		}()
	}
	for {
		cmu.Lock()
		r := ready
		cmu.Unlock()
		if r == 8 {
			break
		}
	}
	cmu.Lock()
	woken = 1
	cond.Broadcast()
	cmu.Unlock()
	wg.Wait()
	c.check(woken == 9, "Cond: woken %d", woken)
}
