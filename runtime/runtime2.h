// runtime2.h — the scheduler's core structures (Go's runtime2.go). For now only what the
// allocator needs: p, the processor a thread must hold to run Go code, which owns an
// mcache. The scheduler issue adds g, m, run queues and the rest.
//
// Ps: GOMAXPROCS of them (env GOMAXPROCS, default the number of CPUs the process may
// run on), created by schedinit through procresize; allp[i]->id == i.
// A thread holds at most one P at a time (acquirep/releasep; the current one is
// thread-local, read by getp() on the allocation fast path). schedinit gives P 0 to the
// main thread; other threads take an idle P with pidleget + acquirep.
//
// A thread that holds no P can still allocate: mallocgc then goes through one shared
// fallback mcache under a lock (correct, but slower and serialised). Threads that
// allocate a lot should hold a P.
//
// Invariants: a P is idle (on the idle list, no thread) or running (held by exactly one
// thread); only the holder touches p->mcache, except with the world stopped
// (forEachMcache).
#pragma once

#include "lock.h"
#include "mcache.h"
#include "mgcwork.h"

#include <cstdint>

namespace runtime {

struct _defer;
struct _panic;
struct sudog;

// g: a goroutine. Today only the main goroutine exists (g0 of the main thread runs it);
// it holds what defer, panic and recover need: the defer records of its frames
// (innermost first) and the panics in progress (newest first). The scheduler issue
// adds stacks, status and scheduling links.
// A goroutine's status, as the collector sees it (Go's _Grunning, ...): running Go
// code; parked at a safepoint (its registers saved in ctx); in a system call or a
// blocking runtime wait (ctx saved; it may not touch the heap until it gets back);
// in a system call while the world is stopped (it must wait before leaving it).
enum : uint32_t {
  _Grunning,
  _Gparked,
  _Gsyscall,
  _Gsyscallstopped,
};

struct g {
  struct _defer* _defer;
  struct _panic* _panic;
  int64_t goid;
  std::atomic<uint32_t> atomicstatus;
  // The stack: [stacklo, stackhi). ctx: callee-saved registers and, in ctx[6], the
  // stack pointer, saved when the goroutine stopped at a safepoint or entered a
  // system call (runtime.savecontext).
  uintptr_t stacklo;
  uintptr_t stackhi;
  uintptr_t ctx[7];
  // Blocking (park.h): what the waker passes (Go's g.param), the sudogs of a select in
  // progress (g.waiting), the select race flag (g.selectDone: the first waker to CAS
  // it 0 -> 1 wins), and why the goroutine waits (a park.h waitReason).
  void* param;
  sudog* waiting;
  std::atomic<uint32_t> selectDone;
  uint8_t waitreason;
};

// The main goroutine (the only one until the scheduler exists).
extern g g1;

// The goroutine the current thread runs.
extern constinit thread_local g* currentG __attribute__((tls_model("initial-exec")));
inline g* getg() {
  return currentG;
}

enum : uint32_t {
  _Pidle,
  _Prunning,
};

struct p {
  int32_t id;
  std::atomic<uint32_t> status;
  p* link;  // next on the idle list
  runtime::mcache* mcache;
  // The mark work of the goroutine running on this P: write barriers and assists put
  // grey objects here (mgcmark.cpp).
  gcWork gcw;
  // Assist accounting (mgcmark.cpp): bytes allocated during mark not yet paid for with
  // scan work (negative: credit).
  int64_t gcAssistBytes;
};

extern p** allp;
extern int32_t gomaxprocs;
extern int32_t ncpu;

// The current thread's P (null when it holds none), and that P's mcache, kept in its
// own thread-local so that the allocation fast path loads it directly.
// (constinit: no dynamic initialisation, so no TLS wrapper call on access.)
extern constinit thread_local p* currentP __attribute__((tls_model("initial-exec")));
extern constinit thread_local mcache* currentMcache __attribute__((tls_model("initial-exec")));
inline p* getp() {
  return currentP;
}
inline mcache* getmcache() {
  return currentMcache;
}

// procresize creates the Ps (once, at start-up, for now).
void procresize(int32_t nprocs);
// acquirep makes pp the current thread's P; pp must be idle and off the idle list.
void acquirep(p* pp);
// releasep disassociates the current thread from its P, which becomes idle, and
// returns it (not on the idle list: pidleput it to share it).
p* releasep();
// pidleget takes an idle P off the idle list (null if there is none); pidleput puts a
// P back.
p* pidleget();
void pidleput(p* pp);

// The mcache of threads without a P, and its lock.
extern mutex fallbackMcacheLock;
extern mcache* fallbackMcache;

// forEachMcache calls f on every P's mcache and on the fallback mcache. World stopped.
void forEachMcache(void (*f)(mcache*));

// getproccount returns the number of CPUs this process may run on.
int32_t getproccount();

}  // namespace runtime
