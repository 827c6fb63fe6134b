// stw.cpp — see stw.h.
#include "stw.h"

#include "lock.h"
#include "nanotime.h"
#include "panic.h"
#include "proc.h"

#include <sched.h>
#include <time.h>

std::atomic<uint32_t> runtime_gcwaiting{0};

extern "C" {
void savecontext(uintptr_t* regs) __asm__("runtime.savecontext");
void rt_gcSafePoint() __asm__("runtime.gcSafePoint");
}

namespace runtime {

mutex& pidleLockRef();  // procresize.cpp

namespace {

bool stopped = false;  // the world is stopped (written by the stopping thread only)
mutex worldLock;       // held from stopTheWorld to startTheWorld: one stopper at a time

// Tries to stop pp from outside (idle or in a system call); true when it is stopped.
bool tryStop(p* pp) {
  uint32_t s = pp->status.load(std::memory_order_acquire);
  if (s == _Pgcstop) return true;
  if (s == _Psyscall) {
    if (pp->status.compare_exchange_strong(s, _Pgcstop, std::memory_order_acq_rel)) {
      pp->stopPrev = _Psyscall;
      return true;
    }
    return false;
  }
  if (s == _Pidle) {
    // Idle Ps change status under the idle list's lock (pidleget/pidleput).
    lockGuard guard(&pidleLockRef());
    if (pp->status.compare_exchange_strong(s, _Pgcstop, std::memory_order_acq_rel)) {
      pp->stopPrev = _Pidle;
      return true;
    }
  }
  return false;  // running: it stops itself
}

}  // namespace

void stopTheWorld() {
  lock(&worldLock);
  runtime_gcwaiting.fetch_or(gcwaitingStop, std::memory_order_seq_cst);
  for (int spins = 0;; spins++) {
    bool all = true;
    for (int32_t i = 0; i < nallp.load(); i++) {
      if (!tryStop(allp[i])) all = false;
    }
    if (all) break;
    // Running Ps reach a poll within a few instructions of Go code (or of the runtime
    // call they are in).
    if (spins < 100) {
      sched_yield();
    } else {
      timespec ts{0, 20000};
      nanosleep(&ts, nullptr);
    }
  }
  stopped = true;
}

void startTheWorld() {
  stopped = false;
  {
    lockGuard guard(&pidleLockRef());
    runtime_gcwaiting.fetch_and(~gcwaitingStop, std::memory_order_seq_cst);
    for (int32_t i = 0; i < nallp.load(); i++) {
      p* pp = allp[i];
      if (pp->status.load() == _Pgcstop) pp->status.store(pp->stopPrev, std::memory_order_release);
    }
  }
  for (int32_t i = 0; i < nallp.load(); i++) futexwakeup(&allp[i]->status, 1 << 30);
  unlock(&worldLock);
  // Work that appeared while the world was stopped may need an M.
  if (sched.runqsize.load() > 0) wakep();
}

bool worldStopped() {
  return stopped;
}

void waitWhileStopped(p* pp) {
  while (pp->status.load(std::memory_order_acquire) == _Pgcstop) {
    futexsleep(&pp->status, _Pgcstop, -1);
  }
}

void stopAtSafePoint(p* pp) {
  uint32_t s = _Prunning;
  pp->stopPrev = _Prunning;
  if (!pp->status.compare_exchange_strong(s, _Pgcstop, std::memory_order_acq_rel)) {
    throw_("stopAtSafePoint: P not running");
  }
  waitWhileStopped(pp);
}

void entersyscall() {
  g* gp = getg();
  savecontext(gp->ctx);
  p* pp = getp();
  if (pp == nullptr) return;  // a thread without a P (tests)
  sched.nsyscall.fetch_add(1);
  gp->syscalltick = pp->syscalltick.fetch_add(1, std::memory_order_acq_rel) + 1;
  gp->atomicstatus.store(_Gsyscall, std::memory_order_release);
  pp->status.store(_Psyscall, std::memory_order_release);
}

void exitsyscall() {
  g* gp = getg();
  p* pp = getp();
  if (pp == nullptr) return;
  // Running again (once the collector is done with its stack, if it is scanning it):
  // from here on its stack changes.
  casgstatus(gp, _Gsyscall, _Grunning);
  for (;;) {
    uint32_t expected = _Psyscall;
    if (pp->syscalltick.load(std::memory_order_acquire) == gp->syscalltick &&
        pp->status.compare_exchange_strong(expected, _Prunning, std::memory_order_acq_rel)) {
      break;
    }
    if (expected == _Pgcstop && pp->stopPrev == _Psyscall &&
        pp->syscalltick.load(std::memory_order_acquire) == gp->syscalltick) {
      // The world is stopped: wait for it to start (startTheWorld gives _Psyscall back).
      waitWhileStopped(pp);
      continue;
    }
    // sysmon took the P for other work while this goroutine was blocked.
    exitsyscallLostP();
    return;
  }
  // (Counted out only now: until it runs or is queued, checkdead must see it coming.)
  sched.nsyscall.fetch_sub(1);
}

}  // namespace runtime

// Compiled code calls this when it sees runtime.gcwaiting set: stop for the collector,
// or yield when sysmon asked this goroutine to.
void rt_gcSafePoint() {
  using namespace runtime;
  g* gp = getg();
  p* pp = getp();
  if (pp == nullptr) return;
  // Go code on g0 (a timer's function, between goroutines): its M stops in the
  // scheduler right after, and g0 is never preempted.
  if (m* mp = getm(); mp != nullptr && gp == &mp->g0) return;
  if ((runtime_gcwaiting.load(std::memory_order_acquire) & gcwaitingStop) != 0) {
    savecontext(gp->ctx);
    stopAtSafePoint(pp);
    flushMcacheOnG0();  // a sweep may have begun: gcSweep leaves this P's mcache to us
  }
  if (gp->preemptscan.load(std::memory_order_relaxed)) scanself();
  if (pp->preempt.load(std::memory_order_relaxed)) {
    pp->preempt.store(false, std::memory_order_relaxed);
    gosched();
  }
}
