// timer.h — the runtime's timers (Go's time.go): one heap of timers ordered by when,
// under timersLock. Expired timers run on an M that holds a P (checkTimers, called by
// the scheduler before it looks for work); sysmon wakes an idle P when the earliest one
// is due, or preempts a busy one. A timer's function runs on g0 with the P held and
// must not block: it readies goroutines (time.Sleep), or it is the time package's Go
// function (sendTime: a non-blocking send; goFunc: a go statement), called through
// stdlib/runtime's runTimerFunc.
//
// The time package's timers are Go objects (time.runtimeTimer has this layout): the
// heap is a root of the collector (timersMarkRoots), so a Timer nobody else references
// stays alive while it is pending.
//
// Invariants: a timer is in the heap at most once (index > 0 while in it: its position
// + 1, so that Go's zero value is "not in the heap"); when, period, f and arg change
// only while it is out of the heap or under timersLock.
#pragma once

#include <cstdint>

namespace runtime {

struct timer {
  int64_t when = 0;
  int64_t period = 0;             // > 0: re-armed after each run (tickers)
  void* gofn = nullptr;           // Go func(arg any, seq uintptr) (time package timers)
  const void* argtype = nullptr;  // its arg (an interface value)
  void* argdata = nullptr;
  uintptr_t seq = 0;
  int64_t index = 0;                              // position in the heap + 1; 0 when not in it
  void (*f)(void* arg, uintptr_t seq) = nullptr;  // the runtime's own callbacks
  void* carg = nullptr;
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
// timersMarkRoots calls f(lo, hi) on the heap's array of timer pointers (world
// stopped), for the collector to scan conservatively.
void timersMarkRoots(void (*f)(uintptr_t lo, uintptr_t hi, void* arg), void* arg);

}  // namespace runtime
