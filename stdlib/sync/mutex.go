package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// state holds mutexLocked, mutexWoken (a waiter is awake or spinning: Unlock need not
// wake one), mutexStarving and, above mutexWaiterShift, the number of waiters asleep
// on sema. In normal mode a woken waiter competes with arriving goroutines for the
// lock; a waiter that has waited more than starvationThresholdNs switches the mutex
// to starvation mode, where Unlock hands the lock straight to the first waiter and
// newcomers queue behind. The last waiter, or one that waited less than the threshold,
// switches back to normal mode.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStart int64 // when this goroutine first slept, 0 before
	starving := false
	woken := false // this goroutine holds mutexWoken
	spins := 0
	old := atomic.LoadInt32(&m.state)
	for {
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(spins) {
			// Locked in normal mode: spin for a while, telling Unlock (mutexWoken)
			// that it need not wake a sleeper.
			if !woken && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				woken = true
			}
			runtime_doSpin()
			spins++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		want := old
		if old&mutexStarving == 0 {
			want |= mutexLocked // a starving mutex belongs to the waiters
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			want += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			want |= mutexStarving
		}
		if woken {
			if want&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			want &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, want) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // locked it
		}
		// Sleep; a goroutine that already waited goes first.
		lifo := waitStart != 0
		if waitStart == 0 {
			waitStart = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, lifo, 1)
		starving = starving || runtime_nanotime()-waitStart > starvationThresholdNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Handed the lock in starvation mode: take it, leave the queue, and
			// return to normal mode if this was the last or a short wait.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		woken = true
		spins = 0
	}
}

// Unlock unlocks m. It is a fatal error if m is not locked. A locked Mutex is not
// associated with a goroutine: one may lock it and another unlock it.
func (m *Mutex) Unlock() {
	if now := atomic.AddInt32(&m.state, -mutexLocked); now != 0 {
		m.unlockSlow(now)
	}
}

func (m *Mutex) unlockSlow(now int32) {
	if (now+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if now&mutexStarving != 0 {
		// Hand the lock to the first waiter (it sees mutexStarving and takes it).
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	old := now
	for {
		// Nobody to wake, or someone already locked, woke or took over.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, (old-1<<mutexWaiterShift)|mutexWoken) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
