// park.h — how runtime code blocks and wakes goroutines (Go's gopark/goready in proc.go,
// sudog in runtime2.go). Channels, select, semaphores (sync) and timers are written
// against this interface only; the scheduler (proc.cpp) implements it.
//
// Blocking protocol (as in Go): a goroutine that must wait takes the lock of the object
// it waits on, publishes itself there (usually a sudog on a wait queue), and calls
// gopark(unlockf, lock, reason). The scheduler switches to the M's g0, marks the
// goroutine _Gwaiting, and only then calls unlockf(gp, lock) on g0: if it returns true
// the goroutine stays parked (unlockf normally releases the lock); if false it is made
// runnable again at once. A waker, holding the same lock, takes the goroutine off the
// queue, sets what it passes (sudog::success, g::param), and calls goready(gp) — after
// or before dropping the lock. So a wake-up can never be lost between "publish" and
// "sleep".
//
// Memory: sudogs come from acquireSudog (off the collected heap; the collector does not
// scan them). sudog::elem may point into a goroutine stack (the blocked sender's value
// or the receiver's destination): stacks are scanned conservatively, so a value that is
// only there stays alive. Writing a heap pointer into ANOTHER goroutine's stack (a
// direct send to a blocked receiver) must shade it first while the collector marks
// (bulkBarrierPreWrite(dst, src, size, typ) with the write barrier on, then memmove),
// because that stack may already have been scanned in this cycle.
//
// With GOMAXPROCS > 1 several Ms run goroutines at once: everything here is
// thread-safe. A goroutine must not hold a runtime mutex while it runs Go code.
#pragma once

#include "lock.h"
#include "runtime2.h"

#include <cstdint>

namespace runtime {

struct hchan;

// Why a goroutine waits (Go's waitReason; printed in goroutine dumps as Go does).
enum class waitReason : uint8_t {
  zero,
  chanReceiveNilChan,  // "chan receive (nil chan)"
  chanSendNilChan,     // "chan send (nil chan)"
  selectNoCases,       // "select (no cases)"
  select,              // "select"
  chanReceive,         // "chan receive"
  chanSend,            // "chan send"
  sleep,               // "sleep"
  syncCondWait,        // "sync.Cond.Wait"
  semacquire,          // "semacquire"
  syncMutexLock,       // "sync.Mutex.Lock"
  syncRWMutexRLock,    // "sync.RWMutex.RLock"
  syncRWMutexLock,     // "sync.RWMutex.Lock"
  gcWorkerIdle,        // "GC worker (idle)"
  forceGCIdle,         // "force gc (idle)"
  preempted,           // "preempted"
  gcAssistWait,        // "GC assist wait"
  waitForGCCycle,      // "wait for GC cycle"
};
const char* waitReasonString(waitReason r);

// sudog: a goroutine on a wait list (Go's sudog). One goroutine can be on several
// lists at once (select), one sudog per list.
struct sudog {
  g* gp;
  sudog* next;
  sudog* prev;
  void* elem;  // data element (may point to a stack)
  // For semaphores and sync.Cond (sema.cpp): ticket, the semaphore's address, and the
  // wait-list position.
  uint32_t ticket;
  bool isSelect;  // gp is in a select: g::selectDone must be won before waking it
  // success: the channel operation completed because of a value delivered (true) or
  // because the channel was closed (false).
  bool success;
  sudog* parent;    // semaphore tree
  sudog* waitlink;  // g::waiting list (select), or semaphore wait list
  sudog* waittail;
  hchan* c;  // the channel waited on
  void* semaaddr;
  int64_t releasetime;
};

// gopark parks the current goroutine (see the protocol above). It returns when the
// goroutine has been readied (or at once when unlockf returned false). unlockf may be
// null (then lock must be null too and the goroutine stays parked).
void gopark(bool (*unlockf)(g*, void*), void* lock, waitReason reason);
// goparkunlock parks and unlocks the runtime mutex l (the common case).
void goparkunlock(mutex* l, waitReason reason);
// goready makes gp (parked, _Gwaiting) runnable; it will run soon on some P.
void goready(g* gp);

// acquireSudog returns a zeroed sudog for the current goroutine's use; releaseSudog
// gives it back (it must be off every list; elem/c cleared by the caller).
sudog* acquireSudog();
void releaseSudog(sudog* s);

}  // namespace runtime
