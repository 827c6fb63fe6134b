// sema.h — the runtime's semaphores and notify lists (Go's sema.go), what package sync
// blocks on. Blocking goes only through park.h (gopark/goready).
//
// Semaphores: a semaphore is any uint32 in memory. semacquire waits until *addr > 0 and
// decrements it; semrelease increments it and wakes one waiter. Waiters sleep on a
// sudog in the semaRoot the address hashes to (semTabSize = 251 roots, as in Go). A
// root keeps one wait queue per distinct address: the first waiter of each address is
// on the root's list (sudog::next/prev), the others hang off it in order
// (sudog::waitlink, with the last one in the head's waittail). A waiter queues at the
// tail (FIFO) or, for sync.Mutex's starving waiters that waited before, at the head
// (lifo). semrelease with handoff passes the count straight to the woken waiter
// (sudog::ticket = 1), so that no newcomer can take it first (Mutex starvation mode).
// Invariant: root.nwait counts the goroutines that are queued or about to queue in
// that root; semrelease may skip the lock when it reads 0, because a waiter increments
// it before its last cansemacquire attempt under the lock.
//
// Notify lists (sync.Cond): wait and notify are ticket counters. notifyListAdd takes
// the next ticket (before the caller unlocks the Cond's Locker); notifyListWait sleeps
// until its ticket has been notified; NotifyOne wakes the waiter with the oldest
// unnotified ticket, NotifyAll every waiter. The layout is sync.notifyList's (stdlib/sync
// declares the same fields: wait, notify uint32; lock, head, tail uintptr).
//
// Go names: sync.runtime_Semacquire, runtime_SemacquireMutex, runtime_Semrelease,
// runtime_notifyList{Add,Wait,NotifyAll,NotifyOne,Check}, runtime_canSpin,
// runtime_doSpin, runtime_nanotime, sync.throw and sync.fatal are defined in sema.cpp
// with those symbols.
#pragma once

#include "lock.h"
#include "park.h"

#include <atomic>
#include <cstdint>

namespace runtime {

constexpr int semTabSize = 251;

struct semaRoot {
  mutex lock;
  sudog* head;                  // the first waiter of each address waited on
  std::atomic<uint32_t> nwait;  // waiters (queued or about to be); read without the lock

  // queue adds s (whose gp waits for addr) to addr's queue, at its tail or, when lifo,
  // at its head. The root's lock is held.
  void queue(uint32_t* addr, sudog* s, bool lifo);
  // dequeue takes the first waiter of addr's queue off it (null if none waits). The
  // root's lock is held. The sudog returned has its list links cleared.
  sudog* dequeue(uint32_t* addr);
  // The number of sudogs queued for addr (tests).
  int queued(uint32_t* addr);
};

// The root addr hashes to.
semaRoot* semroot(uint32_t* addr);

// cansemacquire decrements *addr if it is positive, reporting whether it did.
bool cansemacquire(uint32_t* addr);
void semacquire1(uint32_t* addr, bool lifo, waitReason reason);
void semrelease1(uint32_t* addr, bool handoff);

struct notifyList {
  std::atomic<uint32_t> wait;    // the next ticket to hand out
  std::atomic<uint32_t> notify;  // the next ticket to notify
  mutex lock;
  uint32_t pad;
  sudog* head;  // waiters, in ticket order
  sudog* tail;
};
static_assert(sizeof(notifyList) == 32, "sync.notifyList's layout");

uint32_t notifyListAdd(notifyList* l);
void notifyListWait(notifyList* l, uint32_t t);
void notifyListNotifyAll(notifyList* l);
void notifyListNotifyOne(notifyList* l);

}  // namespace runtime
