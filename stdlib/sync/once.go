package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.
//
// done is set (atomically, after f returns or panics) once the action has run; the
// fast path reads only done; m serialises the first callers.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this instance
// of Once. No call to Do returns until the one call to f returns; if f panics, Do
// considers it to have returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
