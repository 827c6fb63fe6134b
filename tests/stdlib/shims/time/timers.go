// Test shim (not shipped): the runtime's timers (runtime/timer.cpp) for the time
// package's Timer and Ticker, with a goroutine per armed timer that sleeps until it
// is due; a generation number cancels a stopped or reset one.
package time

type shimTimerState struct {
	gen    uint64
	active bool
}

var (
	shimLock   = make(chan struct{}, 1)
	shimTimers = map[*runtimeTimer]*shimTimerState{}
)

func shimAcquire() { shimLock <- struct{}{} }
func shimRelease() { <-shimLock }

func shimRun(t *runtimeTimer, st *shimTimerState, gen uint64) {
	for {
		shimAcquire()
		w := t.when
		shimRelease()
		if d := w - runtimeNano(); d > 0 {
			sleep(d)
		}
		shimAcquire()
		if st.gen != gen || !st.active {
			shimRelease()
			return
		}
		if t.when > runtimeNano() {
			shimRelease()
			continue
		}
		if t.period > 0 {
			t.when += t.period * (1 + (runtimeNano()-t.when)/t.period)
		} else {
			st.active = false
		}
		f, arg, seq, period := t.f, t.arg, t.seq, t.period
		shimRelease()
		f(arg, seq)
		if period <= 0 {
			return
		}
	}
}

func arm(t *runtimeTimer) {
	shimAcquire()
	st := shimTimers[t]
	if st == nil {
		st = &shimTimerState{}
		shimTimers[t] = st
	}
	st.gen++
	st.active = true
	gen := st.gen
	shimRelease()
	go shimRun(t, st, gen)
}

func startTimer(t *runtimeTimer) { arm(t) }

func stopTimer(t *runtimeTimer) bool {
	shimAcquire()
	defer shimRelease()
	st := shimTimers[t]
	if st == nil || !st.active {
		return false
	}
	st.active = false
	st.gen++
	return true
}

func resetTimer(t *runtimeTimer, when int64) bool {
	was := stopTimer(t)
	shimAcquire()
	t.when = when
	shimRelease()
	arm(t)
	return was
}
