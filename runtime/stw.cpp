// stw.cpp — see stw.h.
#include "stw.h"

#include "lock.h"
#include "nanotime.h"
#include "panic.h"

#include <pthread.h>
#include <sched.h>

std::atomic<uint32_t> runtime_gcwaiting{0};

extern "C" {
void savecontext(uintptr_t* regs) __asm__("runtime.savecontext");
void rt_gcSafePoint() __asm__("runtime.gcSafePoint");
}

namespace runtime {

namespace {

bool stopped = false;  // the world is stopped (written by the stopping thread only)

// Waits until the world starts again (runtime.gcwaiting cleared).
void waitForStart() {
  while (uint32_t w = runtime_gcwaiting.load(std::memory_order_acquire)) {
    futexsleep(&runtime_gcwaiting, w, -1);
  }
}

}  // namespace

void stopTheWorld() {
  runtime_gcwaiting.store(1, std::memory_order_seq_cst);
  g* gp = &g1;
  for (int spins = 0;; spins++) {
    uint32_t s = gp->atomicstatus.load(std::memory_order_acquire);
    if (s == _Gparked) break;
    if (s == _Gsyscall) {
      uint32_t expected = _Gsyscall;
      if (gp->atomicstatus.compare_exchange_strong(expected, _Gsyscallstopped,
                                                   std::memory_order_acq_rel)) {
        break;
      }
      continue;
    }
    // Running: it reaches a poll within a few instructions of Go code (or of the
    // runtime call it is in).
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
  g* gp = &g1;
  uint32_t expected = _Gsyscallstopped;
  gp->atomicstatus.compare_exchange_strong(expected, _Gsyscall, std::memory_order_acq_rel);
  runtime_gcwaiting.store(0, std::memory_order_release);
  futexwakeup(&runtime_gcwaiting, 1 << 30);
}

bool worldStopped() {
  return stopped;
}

void entersyscall() {
  g* gp = getg();
  savecontext(gp->ctx);
  gp->atomicstatus.store(_Gsyscall, std::memory_order_release);
}

void exitsyscall() {
  g* gp = getg();
  for (;;) {
    uint32_t expected = _Gsyscall;
    if (gp->atomicstatus.compare_exchange_strong(expected, _Grunning, std::memory_order_acq_rel)) {
      return;
    }
    // The world is stopped: wait for it to start (startTheWorld gives _Gsyscall back).
    waitForStart();
  }
}

void stackBounds(uintptr_t* lo, uintptr_t* hi) {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  *lo = reinterpret_cast<uintptr_t>(addr);
  *hi = reinterpret_cast<uintptr_t>(addr) + size;
}

}  // namespace runtime

// Compiled code calls this when it sees runtime.gcwaiting set: park until the world
// starts again.
void rt_gcSafePoint() {
  runtime::g* gp = runtime::getg();
  savecontext(gp->ctx);
  gp->atomicstatus.store(runtime::_Gparked, std::memory_order_release);
  runtime::waitForStart();
  gp->atomicstatus.store(runtime::_Grunning, std::memory_order_release);
}
