package sync

import "sync/atomic"

// Cond implements a condition variable, a rendezvous point for goroutines waiting for
// or announcing the occurrence of an event. L is held while changing the condition and
// when calling Wait.
//
// Waiters take a ticket of notify (runtime_notifyListAdd) while they hold L, so a
// Signal or Broadcast between their Unlock and their sleep is not lost.
type Cond struct {
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; it locks c.L again
// before returning, after a Broadcast or Signal woke it.
func (c *Cond) Wait() {
	c.checker.check()
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.checker.check()
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	runtime_notifyListNotifyAll(&c.notify)
}

// copyChecker holds its own address once used, so that a copy (at another address)
// is detected: "sync.Cond is copied".
type copyChecker uintptr

// addressOf returns c's address (runtime/sema.cpp; minigo has no unsafe).
func addressOf(c *copyChecker) uintptr

func (c *copyChecker) check() {
	self := addressOf(c)
	if uintptr(atomic.LoadUintptr((*uintptr)(c))) != self &&
		!atomic.CompareAndSwapUintptr((*uintptr)(c), 0, self) &&
		atomic.LoadUintptr((*uintptr)(c)) != self {
		panic("sync.Cond is copied")
	}
}
