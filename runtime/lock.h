// lock.h — the runtime's own locks (Go's lock_futex.go): mutex and note.
//
// mutex is a futex lock (0 unlocked, 1 locked, 2 locked with sleepers). It is
// constant-initialised and trivially destructible, so runtime globals (mheap_, the
// mcentrals, the scavenger) can hold one without static-constructor order problems and
// without a destructor running at exit while a background thread still waits on it.
// Acquire/release ordering comes from the atomics, so ThreadSanitizer sees the
// happens-before edges.
//
// note is Go's one-shot event: notewakeup wakes the one sleeper; notetsleep sleeps with
// a timeout. noteclear re-arms it; only one thread sleeps on a note at a time.
#pragma once

#include <atomic>
#include <cstdint>

namespace runtime {

struct mutex {
  std::atomic<uint32_t> key{0};
};

void lockSlow(mutex* l);
void unlockWake(mutex* l);

inline void lock(mutex* l) {
  uint32_t expected = 0;
  if (!l->key.compare_exchange_strong(expected, 1, std::memory_order_acquire,
                                      std::memory_order_relaxed)) {
    lockSlow(l);
  }
}

inline void unlock(mutex* l) {
  if (l->key.exchange(0, std::memory_order_release) == 2) unlockWake(l);
}

// lockGuard holds a mutex for a C++ scope.
class lockGuard {
 public:
  explicit lockGuard(mutex* l) : l_(l) { lock(l_); }
  ~lockGuard() { unlock(l_); }
  lockGuard(const lockGuard&) = delete;
  lockGuard& operator=(const lockGuard&) = delete;

 private:
  mutex* l_;
};

struct note {
  std::atomic<uint32_t> key{0};
};

inline void noteclear(note* n) {
  n->key.store(0, std::memory_order_relaxed);
}
void notewakeup(note* n);
void notesleep(note* n);
// notetsleep sleeps until the note is woken or ns nanoseconds pass (ns < 0: forever).
// It reports whether the note was woken.
bool notetsleep(note* n, int64_t ns);

// futexsleep sleeps while *addr == val (at most ns nanoseconds; ns < 0: no limit), or
// until futexwakeup; it may return early. futexwakeup wakes up to cnt sleepers.
void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, int64_t ns);
void futexwakeup(std::atomic<uint32_t>* addr, int cnt);

}  // namespace runtime
