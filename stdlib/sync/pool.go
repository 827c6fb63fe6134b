package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// New, if not nil, makes a value when Get finds none.
//
// minigo's Pool is one cache under a Mutex, shaped as one of Go's per-P caches (a
// private item, then a stack), so that one goroutine sees Go's order; Go's is also
// emptied by the collector, this one keeps what it holds.
type Pool struct {
	mu      Mutex
	private any
	items   []any

	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns
// it to the caller. If there is none, it returns p.New() (nil without New).
func (p *Pool) Get() any {
	p.mu.Lock()
	if x := p.private; x != nil {
		p.private = nil
		p.mu.Unlock()
		return x
	}
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
