// timer.h — the runtime's timers (Go's time.go): one heap of timers ordered by when,
// under timersLock. Expired timers run on an M that holds a P (checkTimers, called by
// the scheduler before it looks for work); sysmon wakes an idle P when the earliest one
// is due, or preempts a busy one. A timer's function runs on g0 with the P held and
// must not block: it readies goroutines (time.Sleep) or does non-blocking sends.
//
// Invariants: a timer is in the heap at most once (index >= 0 while in it); f, arg and
// when change only while it is out of the heap or under timersLock.
#pragma once

#include <cstdint>

namespace runtime {

struct timer {
  int64_t when = 0;
  int64_t period = 0;  // > 0: re-armed after each run (tickers)
  void (*f)(void* arg, uintptr_t seq) = nullptr;
  void* arg = nullptr;
  uintptr_t seq = 0;
  int32_t index = -1;  // position in the heap, -1 when not in it
};

// addtimer puts t in the heap (t->when set); deltimer takes it out and reports whether
// it was there (it had not fired yet).
void addtimer(timer* t);
bool deltimer(timer* t);
// checkTimers runs the expired timers (on g0, P held); returns the number run.
int checkTimers(int64_t now);
// nextTimerWhen: the earliest when, or INT64_MAX when there is no timer.
int64_t nextTimerWhen();
// Whether any timer is pending.
bool timersPending();

}  // namespace runtime
