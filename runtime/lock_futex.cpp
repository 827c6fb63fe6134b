// lock_futex.cpp — the slow paths of mutex and note (see lock.h): spin briefly, then
// sleep in futex(2).
#include "lock.h"

#include "nanotime.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>
#include <ctime>

namespace runtime {

namespace {

uint32_t* futexAddr(std::atomic<uint32_t>* a) {
  return reinterpret_cast<uint32_t*>(a);
}

}  // namespace

void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, int64_t ns) {
  if (ns < 0) {
    syscall(SYS_futex, futexAddr(addr), FUTEX_WAIT_PRIVATE, val, nullptr, nullptr, 0);
    return;
  }
  timespec ts;
  ts.tv_sec = ns / 1000000000;
  ts.tv_nsec = ns % 1000000000;
  syscall(SYS_futex, futexAddr(addr), FUTEX_WAIT_PRIVATE, val, &ts, nullptr, 0);
}

void futexwakeup(std::atomic<uint32_t>* addr, int cnt) {
  syscall(SYS_futex, futexAddr(addr), FUTEX_WAKE_PRIVATE, cnt, nullptr, nullptr, 0);
}

namespace {

inline void procyield() {
  __builtin_ia32_pause();
}

}  // namespace

void lockSlow(mutex* l) {
  // Spin a little: the holders of runtime locks keep them for short sections.
  for (int i = 0; i < 64; i++) {
    uint32_t v = l->key.load(std::memory_order_relaxed);
    if (v == 0) {
      uint32_t expected = 0;
      if (l->key.compare_exchange_weak(expected, 1, std::memory_order_acquire,
                                       std::memory_order_relaxed)) {
        return;
      }
    }
    procyield();
  }
  // Mark the lock contended and sleep until it is released.
  uint32_t c = l->key.exchange(2, std::memory_order_acquire);
  while (c != 0) {
    futexsleep(&l->key, 2, -1);
    c = l->key.exchange(2, std::memory_order_acquire);
  }
}

void unlockWake(mutex* l) {
  futexwakeup(&l->key, 1);
}

void notewakeup(note* n) {
  uint32_t old = n->key.exchange(1, std::memory_order_release);
  if (old == 0) futexwakeup(&n->key, 1);
}

void notesleep(note* n) {
  while (n->key.load(std::memory_order_acquire) == 0) futexsleep(&n->key, 0, -1);
}

bool notetsleep(note* n, int64_t ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  int64_t deadline = nanotime() + ns;
  while (n->key.load(std::memory_order_acquire) == 0) {
    int64_t left = deadline - nanotime();
    if (left <= 0) return false;
    futexsleep(&n->key, 0, left);
  }
  return true;
}

}  // namespace runtime
