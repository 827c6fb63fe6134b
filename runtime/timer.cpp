// timer.cpp — the timer heap (see timer.h) and time.Sleep on top of it.
#include "timer.h"

#include "mbarrier.h"

#include "lock.h"
#include "nanotime.h"
#include "park.h"
#include "proc.h"

#include <atomic>
#include <climits>
#include <vector>

namespace runtime {

void sysmonWake();  // sysmon.cpp: a timer earlier than sysmon's sleep was added

// stdlib/runtime's runTimerFunc(f func(any, uintptr), arg any, seq uintptr): calls a
// time package timer's Go function (weak: the runtime's unit tests have no Go code).
extern "C" void go_runTimerFunc(void* f, const void* argtype, void* argdata,
                                uintptr_t seq) __asm__("runtime.runTimerFunc");
extern "C" __attribute__((weak)) void go_runTimerFunc(void*, const void*, void*, uintptr_t) {}

namespace {

mutex timersLock;
std::vector<timer*>* heap;  // guarded by timersLock (allocated on first use)
std::atomic<int64_t> earliest{INT64_MAX};

bool less(const timer* a, const timer* b) {
  return a->when < b->when;
}

void siftUp(int32_t i) {
  std::vector<timer*>& h = *heap;
  timer* t = h[size_t(i)];
  while (i > 0) {
    int32_t parent = (i - 1) / 2;
    if (!less(t, h[size_t(parent)])) break;
    h[size_t(i)] = h[size_t(parent)];
    h[size_t(i)]->index = i + 1;
    i = parent;
  }
  h[size_t(i)] = t;
  t->index = i + 1;
}

void siftDown(int32_t i) {
  std::vector<timer*>& h = *heap;
  auto n = int32_t(h.size());
  timer* t = h[size_t(i)];
  for (;;) {
    int32_t c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && less(h[size_t(c + 1)], h[size_t(c)])) c++;
    if (!less(h[size_t(c)], t)) break;
    h[size_t(i)] = h[size_t(c)];
    h[size_t(i)]->index = i + 1;
    i = c;
  }
  h[size_t(i)] = t;
  t->index = i + 1;
}

void removeAt(int32_t i) {
  std::vector<timer*>& h = *heap;
  timer* t = h[size_t(i)];
  timer* last = h.back();
  h.pop_back();
  t->index = 0;
  if (last != t) {
    h[size_t(i)] = last;
    last->index = i + 1;
    siftDown(i);
    siftUp(int32_t(last->index - 1));
  }
}

void updateEarliest() {
  earliest.store(heap->empty() ? INT64_MAX : (*heap)[0]->when, std::memory_order_release);
}

}  // namespace

void addtimer(timer* t) {
  // The heap is scanned when marking starts: a timer added while marking (from a
  // stack perhaps not scanned yet) is shaded, as the store into a Go slice would be.
  if (writeBarrierEnabled()) shade(reinterpret_cast<uintptr_t>(t));
  bool wake;
  {
    lockGuard guard(&timersLock);
    if (heap == nullptr) heap = new std::vector<timer*>;
    if (t->index > 0) removeAt(int32_t(t->index - 1));
    heap->push_back(t);
    siftUp(int32_t(heap->size() - 1));
    wake = (*heap)[0] == t;
    updateEarliest();
  }
  if (wake) sysmonWake();
}

bool deltimer(timer* t) {
  lockGuard guard(&timersLock);
  if (t->index <= 0) return false;
  removeAt(int32_t(t->index - 1));
  updateEarliest();
  return true;
}

int checkTimers(int64_t now) {
  if (earliest.load(std::memory_order_acquire) > now) return 0;
  int ran = 0;
  for (;;) {
    timer* t;
    void (*f)(void*, uintptr_t);
    void* arg;
    void* gofn;
    const void* argtype;
    void* argdata;
    uintptr_t seq;
    {
      lockGuard guard(&timersLock);
      if (heap == nullptr || heap->empty() || (*heap)[0]->when > now) {
        if (heap != nullptr) updateEarliest();
        return ran;
      }
      t = (*heap)[0];
      removeAt(0);
      f = t->f;
      arg = t->carg;
      gofn = t->gofn;
      argtype = t->argtype;
      argdata = t->argdata;
      seq = t->seq;
      if (t->period > 0) {
        // A ticker: next due a period later (skipping missed ticks).
        int64_t delta = now - t->when;
        t->when += t->period * (1 + delta / t->period);
        heap->push_back(t);
        siftUp(int32_t(heap->size() - 1));
      }
      updateEarliest();
    }
    if (f != nullptr) {
      f(arg, seq);
    } else {
      go_runTimerFunc(gofn, argtype, argdata, seq);
    }
    ran++;
  }
}

int64_t nextTimerWhen() {
  return earliest.load(std::memory_order_acquire);
}

bool timersPending() {
  return earliest.load(std::memory_order_acquire) != INT64_MAX;
}

void timersMarkRoots(void (*f)(uintptr_t, uintptr_t, void*), void* arg) {
  lockGuard guard(&timersLock);
  if (heap == nullptr || heap->empty()) return;
  auto lo = reinterpret_cast<uintptr_t>(heap->data());
  f(lo, lo + heap->size() * sizeof(timer*), arg);
}

}  // namespace runtime

// time.sleep(ns int64): parks the goroutine until a timer readies it.
extern "C" void time_sleep(int64_t ns) __asm__("time.sleep");
extern "C" void time_sleep(int64_t ns) {
  using namespace runtime;
  if (ns <= 0) return;
  // The timer lives in this frame: the goroutine is parked until it fires.
  timer t;
  t.when = nanotime() + ns;
  if (t.when < 0) t.when = INT64_MAX;  // overflow: forever
  t.f = [](void* arg, uintptr_t) { goready(static_cast<g*>(arg)); };
  t.carg = getg();
  // Armed only once the goroutine is parked (in unlockf, on g0), so that it cannot
  // fire before there is something to ready.
  gopark(
      [](g*, void* tp) {
        addtimer(static_cast<timer*>(tp));
        return true;
      },
      &t, waitReason::sleep);
}

// The time package's timers (stdlib/time/sleep.go; t is a *runtimeTimer).
extern "C" {
void time_startTimer(runtime::timer* t) __asm__("time.startTimer");
bool time_stopTimer(runtime::timer* t) __asm__("time.stopTimer");
bool time_resetTimer(runtime::timer* t, int64_t when) __asm__("time.resetTimer");
}

void time_startTimer(runtime::timer* t) {
  runtime::addtimer(t);
}

// Whether the timer was pending (it will not fire now).
bool time_stopTimer(runtime::timer* t) {
  return runtime::deltimer(t);
}

bool time_resetTimer(runtime::timer* t, int64_t when) {
  bool pending = runtime::deltimer(t);
  t->when = when;
  runtime::addtimer(t);
  return pending;
}
