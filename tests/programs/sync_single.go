// package sync in one goroutine: Mutex (Lock/Unlock/TryLock, in structs, as a
// Locker), RWMutex (readers, TryLock/TryRLock, RLocker), WaitGroup (Add/Done/Wait,
// Wait at zero), Once (including a panicking f, which counts as done), Cond without
// waiters, Map and Pool.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

type guarded struct {
	sync.RWMutex
	m map[string]int
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("trylock while locked:", mu.TryLock())
	mu.Unlock()
	fmt.Println("trylock while unlocked:", mu.TryLock())
	mu.Unlock()
	for i := 0; i < 3; i++ {
		mu.Lock()
		mu.Unlock()
	}

	a := &account{}
	for i := 1; i <= 10; i++ {
		a.deposit(i)
	}
	fmt.Println("balance:", a.balance)

	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("locked through Locker:", mu.TryLock())
	l.Unlock()

	// RWMutex
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryRLock with readers:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock without readers:", rw.TryLock())
	fmt.Println("TryRLock with a writer:", rw.TryRLock())
	rw.Unlock()
	rw.Lock()
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("TryLock under RLocker:", rw.TryLock())
	rl.Unlock()

	g := &guarded{m: map[string]int{}}
	g.Lock()
	g.m["a"] = 1
	g.Unlock()
	g.RLock()
	fmt.Println("guarded:", g.m["a"])
	g.RUnlock()

	// WaitGroup
	var wg sync.WaitGroup
	wg.Wait()
	wg.Add(3)
	wg.Done()
	wg.Add(-1)
	wg.Done()
	wg.Wait()
	fmt.Println("waitgroup done")

	// Once
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var bad sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad.Do(func() { panic("boom") })
	}()
	bad.Do(func() { fmt.Println("never") })
	fmt.Println("once after panic: done")

	// Cond without waiters.
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	c.L.Lock()
	c.Signal()
	c.L.Unlock()
	fmt.Println("cond ok")

	// Map
	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	m.Store(3, "three")
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	m.Delete(3)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		m.Store("during-range", 0)
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	fmt.Println("stopped after", n)

	// Pool
	var p sync.Pool
	fmt.Println(p.Get())
	p.Put("x")
	p.Put("y")
	p.Put(nil)
	fmt.Println(p.Get(), p.Get(), p.Get())
	made := 0
	q := sync.Pool{New: func() any { made++; return made }}
	fmt.Println(q.Get(), q.Get())
	q.Put(10)
	fmt.Println(q.Get(), made)
}
