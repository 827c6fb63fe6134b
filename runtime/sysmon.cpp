// sysmon.cpp — the system monitor (Go's sysmon): a thread without a P that wakes every
// 10 ms (sooner when a timer is due) to
//  - preempt goroutines that have run for 10 ms without a switch: it sets their P's
//    preempt flag and bit 1 of runtime.gcwaiting, so that they yield at their next
//    safepoint (every function entry and loop back-edge polls it); the bit is cleared
//    once no running P has a request pending;
//  - run due timers: it wakes an idle P for them (wakep), or preempts a busy one, since
//    the scheduler runs timers between goroutines;
//  - retake Ps from system calls that blocked 1 ms while work waits (proc.h's retake).
#include "lock.h"
#include "nanotime.h"
#include "proc.h"
#include "stw.h"
#include "timer.h"

#include <pthread.h>

#include <climits>

namespace runtime {

namespace {

constexpr int64_t forcePreemptNS = 10'000'000;
note sysmonNote;

void* sysmonMain(void*) {
  for (;;) {
    // Cleared before the timers are read: a timer added after this wakes the sleep.
    noteclear(&sysmonNote);
    int64_t now = nanotime();
    bool pending = false;
    for (int32_t i = 0; i < nallp.load(); i++) {
      p* pp = allp[i];
      if (pp->status.load(std::memory_order_acquire) != _Prunning) {
        pp->sysmontick = pp->schedtick.load(std::memory_order_relaxed);
        pp->sysmonwhen = now;
        continue;
      }
      uint32_t t = pp->schedtick.load(std::memory_order_relaxed);
      if (t != pp->sysmontick) {
        pp->sysmontick = t;
        pp->sysmonwhen = now;
      } else if (now - pp->sysmonwhen >= forcePreemptNS) {
        preemptone(pp);
        pp->sysmonwhen = now;
      }
      if (pp->preempt.load(std::memory_order_relaxed)) pending = true;
    }
    retake(now);
    // Due timers need a P that goes through the scheduler.
    int64_t next = nextTimerWhen();
    if (next <= now) {
      if (sched.npidle.load() > 0) {
        wakep();
      } else {
        for (int32_t i = 0; i < nallp.load(); i++) {
          if (allp[i]->status.load() == _Prunning) {
            preemptone(allp[i]);
            pending = true;
          }
        }
      }
    }
    if (!pending) runtime_gcwaiting.fetch_and(~gcwaitingPreempt);
    // Sleep: briefly while preemption requests are pending, else until the next tick
    // or timer.
    int64_t sleep = pending ? 200'000 : forcePreemptNS;
    next = nextTimerWhen();
    now = nanotime();
    if (next != INT64_MAX && next - now < sleep) sleep = next - now > 0 ? next - now : 0;
    if (sleep > 0) notetsleep(&sysmonNote, sleep);
  }
  return nullptr;
}

}  // namespace

void preemptone(p* pp) {
  pp->preempt.store(true, std::memory_order_relaxed);
  runtime_gcwaiting.fetch_or(gcwaitingPreempt, std::memory_order_seq_cst);
}

void sysmonWake() {
  notewakeup(&sysmonNote);
}

void sysmonStart() {
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_create(&t, &attr, sysmonMain, nullptr);
  pthread_attr_destroy(&attr);
}

}  // namespace runtime
