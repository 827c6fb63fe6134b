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
struct m;
struct p;
struct stkseg;

// A goroutine's status (Go's _Gidle, ...). _Grunning: on an M, running Go code (or the
// runtime on its behalf); _Grunnable: on a run queue; _Gwaiting: parked (gopark);
// _Gsyscall: running, in a system call or a blocking runtime wait (its registers saved
// in ctx); _Gdead: exited (its g and stack are kept for reuse).
// _Gscan is or-ed into _Grunnable, _Gwaiting or _Gsyscall by the collector while it
// scans the goroutine's stack (mgcmark.cpp, scanstack): the goroutine cannot run until
// it is cleared (casgstatus waits), so its stack holds still.
enum : uint32_t {
  _Gidle,
  _Grunnable,
  _Grunning,
  _Gsyscall,
  _Gwaiting,
  _Gdead,
  _Gscan = 0x1000,
};

// g: a goroutine (Go's runtime2.go g). The scheduler (proc.cpp) owns the scheduling
// fields; defer/panic (defer.cpp, panic.cpp) own _defer and _panic; park.h's users own
// param/waiting/selectDone.
//
// Invariant for the collector: whenever the goroutine is not executing instructions
// (switched out, stopped at a safepoint, in a system call) ctx[6] holds the lowest
// stack address that may hold its live values and ctx[0..5] its callee-saved registers
// (zero when they were pushed on the stack), so a conservative scan of [ctx[6],
// stackhi) and ctx[0..6) sees every pointer it holds.
struct g {
  struct _defer* _defer = nullptr;
  struct _panic* _panic = nullptr;
  int64_t goid = 0;
  std::atomic<uint32_t> atomicstatus{_Gidle};
  // The stack (stack.h): the current segment [stacklo, stackhi) and the chain of
  // segments; stacktotal is the size of all of them.
  uintptr_t stacklo = 0;
  uintptr_t stackhi = 0;
  uintptr_t ctx[7] = {};
  // Blocking (park.h): what the waker passes (Go's g.param), the sudogs of a select in
  // progress (g.waiting), the select race flag (g.selectDone: the first waker to CAS
  // it 0 -> 1 wins), and why the goroutine waits (a park.h waitReason).
  void* param = nullptr;
  sudog* waiting = nullptr;
  std::atomic<uint32_t> selectDone{0};
  uint8_t waitreason = 0;
  // Scheduling (proc.cpp).
  void* sched = nullptr;        // its Boost.Context fcontext while switched out
  g* schedlink = nullptr;       // next on a run queue or free list
  m* curm = nullptr;            // the M running it
  void* entry = nullptr;        // the Go closure it runs (scanned: it keeps it alive)
  void (*startfn)() = nullptr;  // or a C++ entry (the main goroutine)
  stkseg* seg = nullptr;        // the current segment
  stkseg* cachedseg = nullptr;  // the segment last left (hot split)
  uintptr_t stacktotal = 0;
  int64_t waitsince = 0;
  uint32_t syscalltick = 0;  // its P's syscalltick when it entered its system call
  // Stack scanning (mgcmark.cpp): the cycle whose scan of this stack is done, and the
  // collector's request that the goroutine, running, scan itself at its next safepoint.
  std::atomic<uint32_t> gcscangen{0};
  std::atomic<bool> preemptscan{false};
  // Assists (mgcmark.cpp): the scan work a goroutine parked in an assist still owes.
  int64_t gcAssistWork = 0;
};

// The main goroutine.
extern g g1;

// m: an OS thread that runs goroutines (Go's m). Its own stack is g0's: the scheduler
// and everything a goroutine asks of it at a switch run there. An M runs Go code only
// while it holds a P.
struct m {
  int64_t id = 0;
  g g0;                    // the scheduler's pseudo-goroutine (goid 0)
  void* g0ctx = nullptr;   // g0's fcontext while a goroutine runs on this M
  g* curg = nullptr;       // the goroutine it runs
  p* nextp = nullptr;      // the P to take when woken (startm)
  m* schedlink = nullptr;  // next idle M
  note park;               // idle Ms sleep here
  bool spinning = false;   // looking for work (nmspinning counts these)
};

// Thread-local state is read and written through asm (tlsLoad/tlsStore): the compiler
// must never reuse a thread-pointer value across a goroutine switch, since a goroutine
// may resume on another thread.
#define RT_TLS_LOAD(dst, sym) \
  asm volatile("movq " sym "@gottpoff(%%rip), %0\n\tmovq %%fs:(%0), %0" : "=r"(dst))
#define RT_TLS_STORE(sym, val)                                            \
  do {                                                                    \
    uintptr_t tls_off_;                                                   \
    asm volatile("movq " sym "@gottpoff(%%rip), %0\n\tmovq %1, %%fs:(%0)" \
                 : "=&r"(tls_off_)                                        \
                 : "r"(val)                                               \
                 : "memory");                                             \
  } while (0)

// The goroutine the current thread runs (its M's g0 when it runs the scheduler).
extern constinit thread_local g* currentG __asm__("runtime.currentG")
    __attribute__((tls_model("initial-exec")));
inline g* getg() {
  g* gp;
  RT_TLS_LOAD(gp, "runtime.currentG");
  return gp;
}
inline void setg(g* gp) {
  RT_TLS_STORE("runtime.currentG", gp);
}

// The M the current thread is (null on threads that are not Ms: the collector's).
extern constinit thread_local m* currentM __asm__("runtime.currentM")
    __attribute__((tls_model("initial-exec")));
inline m* getm() {
  m* mp;
  RT_TLS_LOAD(mp, "runtime.currentM");
  return mp;
}
inline void setm(m* mp) {
  RT_TLS_STORE("runtime.currentM", mp);
}

enum : uint32_t {
  _Pidle,
  _Prunning,
  _Psyscall,
  _Pgcstop,
};

// The local run queue's size (Go's 256).
constexpr uint32_t runqSize = 256;

struct p {
  int32_t id;
  std::atomic<uint32_t> status;
  uint32_t stopPrev;  // the status it had when the world stopped (_Pgcstop)
  p* link;            // next on the idle list
  m* curm;            // the M holding it
  runtime::mcache* mcache;
  // The mark work of the goroutine running on this P: write barriers and assists put
  // grey objects here (mgcmark.cpp).
  gcWork gcw;
  // Assist accounting (mgcmark.cpp): bytes allocated during mark not yet paid for with
  // scan work (negative: credit).
  int64_t gcAssistBytes;
  // The background mark worker (mgcworker.cpp): the time this P's fractional worker
  // marked this cycle, and when the worker running on it started.
  int64_t gcFractionalMarkTime;
  int64_t gcMarkWorkerStartTime;
  // Dead goroutines kept for reuse by the goroutines this P creates (proc.cpp's gfput
  // and gfget; only its holder touches the list).
  g* gfree;
  int32_t ngfree;
  // Run queue (proc.cpp): a lock-free ring the owner pushes to and anyone steals from,
  // and runnext, the goroutine to run next (readied by the current one).
  std::atomic<uint32_t> runqhead;
  std::atomic<uint32_t> runqtail;
  std::atomic<g*> runq[runqSize];
  std::atomic<g*> runnext;
  // Preemption (sysmon): schedtick counts schedules; sysmon asks the running goroutine
  // to yield (preempt) when it has run 10 ms.
  std::atomic<uint32_t> schedtick;
  uint32_t sysmontick;
  int64_t sysmonwhen;
  std::atomic<bool> preempt;
  // System calls (stw.cpp, proc.cpp's retake): counts entries into _Psyscall and
  // retakes, so that a goroutine leaving a system call knows whether its P is still
  // its own; sysmon's last view of it.
  std::atomic<uint32_t> syscalltick;
  uint32_t sysmonSyscallTick;
  int64_t sysmonSyscallWhen;
};

// allp[0, nallp) are the Ps ever made (allp has room for maxGomaxprocs); the first
// gomaxprocs of them run goroutines (Ps beyond are idle after runtime.GOMAXPROCS
// lowered the count). Loops over every P's state (mcaches, mark buffers, run queues)
// go to nallp.
constexpr int32_t maxGomaxprocs = 1024;
extern p** allp;
extern int32_t gomaxprocs;
extern std::atomic<int32_t> nallp;
extern int32_t ncpu;

// The current thread's P (null when it holds none), and that P's mcache, kept in its
// own thread-local so that the allocation fast path loads it directly.
// (constinit: no dynamic initialisation, so no TLS wrapper call on access.)
extern constinit thread_local p* currentP __asm__("runtime.currentP")
    __attribute__((tls_model("initial-exec")));
extern constinit thread_local mcache* currentMcache __asm__("runtime.currentMcache")
    __attribute__((tls_model("initial-exec")));
inline p* getp() {
  p* pp;
  RT_TLS_LOAD(pp, "runtime.currentP");
  return pp;
}
inline mcache* getmcache() {
  mcache* c;
  RT_TLS_LOAD(c, "runtime.currentMcache");
  return c;
}

// procresize creates the Ps (once, at start-up); procresizeStopped changes GOMAXPROCS
// with the world stopped.
void procresizeStopped(int32_t n);
// pidleLockRef: the idle list's lock (stw.cpp stops idle Ps under it).
mutex& pidleLockRef();
void procresize(int32_t nprocs);
// acquirep makes pp the current thread's P; pp must be idle and off the idle list.
void acquirep(p* pp);
// releasep disassociates the current thread from its P and returns it (still
// _Prunning, owned by the caller: pidleput makes it idle and shares it).
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
