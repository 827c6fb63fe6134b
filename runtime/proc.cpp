// proc.cpp — the scheduler (Go's proc.go); see proc.h for the model.
//
// Switching (Boost.Context's fcontext): a goroutine runs until it calls mcall(req),
// which jumps to its M's g0 context passing req (park, yield, exit). g0 gets back the
// goroutine's context (saved in g::sched and, for the collector, in g::ctx[6]), then
// acts on req: for a park it marks the goroutine _Gwaiting *before* calling the
// unlock function, so a waker that takes the lock after it sees a parked goroutine
// (park.h's protocol). execute(gp) jumps to gp's context passing the M, which the
// goroutine records as where to switch back to: after a park a goroutine may resume on
// another M.
//
// Invariants: a goroutine runs on at most one M; only g0 changes a goroutine's status
// from _Grunning; g0 never runs Go code, never parks and holds no heap pointers across
// a stop of the world (it only stops in gcstopm, between goroutines).
#include "proc.h"

#include "mbarrier.h"
#include "mgc.h"
#include "mgcmark.h"
#include "mgcscavenge.h"
#include "mgcworker.h"
#include "mheap.h"
#include "mstats.h"
#include "nanotime.h"
#include "panic.h"
#include "park.h"
#include "persistentalloc.h"
#include "print.h"
#include "stack.h"
#include "stw.h"
#include "timer.h"

#include <pthread.h>
#include <sched.h>
#include <boost/context/detail/fcontext.hpp>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <new>

namespace bctx = boost::context::detail;

extern "C" void calldeferred(void* fn, void* argpslot) __asm__("runtime.calldeferred");

namespace runtime {

int argc;
char** argv;

// The main goroutine (goid 1). Until mstart0 runs (and in the runtime's unit tests,
// which never start the scheduler) every thread's current goroutine is it.
constinit g g1{};
constinit thread_local g* currentG = &g1;
constinit thread_local m* currentM = nullptr;

schedt sched;

namespace {

constexpr int32_t maxFreeStacks = 256;  // dead goroutines on the global list that keep
                                        // their first segment
constexpr int32_t pGfreeMax = 64;       // a P's own list of dead goroutines (Go's p.gFree)

m m0;

mutex allglock;
g** allgs;
size_t allglen;
size_t allgcap;

void allgadd(g* gp) {
  lockGuard guard(&allglock);
  if (allglen == allgcap) {
    size_t n = allgcap == 0 ? 64 : allgcap * 2;
    auto** a = static_cast<g**>(persistentalloc(n * sizeof(g*), 8, &memstats.other_sys));
    if (allglen > 0) std::memcpy(static_cast<void*>(a), allgs, allglen * sizeof(g*));
    allgs = a;  // the old array is leaked (persistent), as readers may hold it
    allgcap = n;
  }
  allgs[allglen++] = gp;
}

// What a goroutine asks of g0 when it switches to it.
enum class switchKind { park, yield, yieldLocal, exit, noP, scanSelf, flushMcache };
struct switchReq {
  switchKind kind;
  bool (*unlockf)(g*, void*);
  void* lock;
};

// mcall switches from the current goroutine to its M's g0 with req; it returns when
// the goroutine runs again (maybe on another M).
void mcall(switchReq* req) {
  g* gp = getg();
  m* mp = gp->curm;
  bctx::transfer_t t = bctx::jump_fcontext(mp->g0ctx, req);
  // Resumed by execute on some M: it passed itself.
  auto* nm = static_cast<m*>(t.data);
  nm->g0ctx = t.fctx;
}

void goexit0();
void gfput(p* pp, g* gp);

// The first code of every goroutine (on its own stack).
void gostart(bctx::transfer_t t) {
  auto* mp = static_cast<m*>(t.data);
  mp->g0ctx = t.fctx;
  g* gp = getg();
  if (gp->startfn != nullptr) {
    gp->startfn();
  } else {
    try {
      calldeferred(gp->entry, nullptr);
    } catch (const PanicUnwind&) {
      fatalpanic();
    }
  }
  goexit0();
}

void goexit0() {
  switchReq req{switchKind::exit, nullptr, nullptr};
  mcall(&req);
  throw_("goexit: dead goroutine resumed");
}

// --- Run queues -------------------------------------------------------------------

g* runqget(p* pp) {
  g* next = pp->runnext.load(std::memory_order_relaxed);
  if (next != nullptr &&
      pp->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
    return next;
  }
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t == h) return nullptr;
    g* gp = pp->runq[h % runqSize].load(std::memory_order_relaxed);
    if (pp->runqhead.compare_exchange_weak(h, h + 1, std::memory_order_release)) return gp;
  }
}

// Moves half of the local queue and gp to the global queue (the local one is full).
bool runqputslow(p* pp, g* gp, uint32_t h, uint32_t t) {
  g* batch[runqSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  if (n != runqSize / 2) throw_("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++) batch[i] = pp->runq[(h + i) % runqSize].load();
  if (!pp->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release)) return false;
  batch[n] = gp;
  for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
  batch[n]->schedlink = nullptr;
  lockGuard guard(&sched.lock);
  if (sched.runqtail != nullptr) {
    sched.runqtail->schedlink = batch[0];
  } else {
    sched.runqhead = batch[0];
  }
  sched.runqtail = batch[n];
  sched.runqsize.fetch_add(int32_t(n + 1));
  return true;
}

// Steals half of victim's queue into pp's; returns one of the stolen goroutines.
g* runqsteal(p* pp, p* victim, bool stealRunNext) {
  uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
  for (;;) {
    uint32_t h = victim->runqhead.load(std::memory_order_acquire);
    uint32_t vt = victim->runqtail.load(std::memory_order_acquire);
    uint32_t n = vt - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunNext) {
        g* next = victim->runnext.load(std::memory_order_acquire);
        if (next != nullptr &&
            victim->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
          return next;
        }
      }
      return nullptr;
    }
    if (n > runqSize / 2) continue;  // inconsistent read
    for (uint32_t i = 0; i < n; i++) {
      pp->runq[(t + i) % runqSize].store(victim->runq[(h + i) % runqSize].load(),
                                         std::memory_order_relaxed);
    }
    if (victim->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) {
      n--;
      g* gp = pp->runq[(t + n) % runqSize].load(std::memory_order_relaxed);
      if (n != 0) pp->runqtail.store(t + n, std::memory_order_release);
      return gp;
    }
  }
}

// The global queue (sched.lock held): up to max goroutines, one returned, the rest
// onto pp's local queue.
g* globrunqget(p* pp, int32_t max) {
  int32_t size = sched.runqsize.load();
  if (size == 0) return nullptr;
  int32_t n = size / gomaxprocs + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > int32_t(runqSize / 2)) n = int32_t(runqSize / 2);
  sched.runqsize.fetch_sub(n);
  g* gp = sched.runqhead;
  sched.runqhead = gp->schedlink;
  n--;
  for (; n > 0; n--) {
    g* g2 = sched.runqhead;
    sched.runqhead = g2->schedlink;
    runqput(pp, g2, false);
  }
  if (sched.runqhead == nullptr) sched.runqtail = nullptr;
  gp->schedlink = nullptr;
  return gp;
}

// --- Ms -----------------------------------------------------------------------------

[[noreturn]] void schedule();
void mstart1(m* mp);

void* mstartThread(void* arg) {
  auto* mp = static_cast<m*>(arg);
  mstart1(mp);
  return nullptr;
}

m* allocm() {
  auto* mp = new (persistentalloc(sizeof(m), 64, &memstats.other_sys)) m{};
  lockGuard guard(&sched.lock);
  mp->id = sched.mcount++;
  return mp;
}

void newm(p* pp, bool spinning) {
  m* mp = allocm();
  mp->nextp = pp;
  mp->spinning = spinning;
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, 1 << 20);
  if (pthread_create(&t, &attr, mstartThread, mp) != 0) {
    fatal("runtime: failed to create new OS thread");
  }
  pthread_attr_destroy(&attr);
}

void mput(m* mp) {  // sched.lock held
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
}

m* mget() {  // sched.lock held
  m* mp = sched.midle;
  if (mp != nullptr) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
  }
  return mp;
}

// startm gives pp (or an idle P) to an idle or new M. spinning: the M is to look for
// work (nmspinning was incremented for it by the caller).
void startm(p* pp, bool spinning) {
  lock(&sched.lock);
  if (pp == nullptr) {
    pp = pidleget();
    if (pp == nullptr) {
      unlock(&sched.lock);
      if (spinning) sched.nmspinning.fetch_sub(1);
      return;
    }
  }
  m* mp = mget();
  unlock(&sched.lock);
  if (mp == nullptr) {
    newm(pp, spinning);
    return;
  }
  mp->spinning = spinning;
  mp->nextp = pp;
  notewakeup(&mp->park);
}

[[noreturn]] void deadlock();

// checkdead (sched.lock held): every P is idle, nothing is queued and no timer can
// wake anybody: all goroutines are asleep.
void checkdead() {
  if (sched.npidle.load() != gomaxprocs) return;
  if (sched.runqsize.load() != 0 || timersPending() || sched.nsyscall.load() != 0) return;
  if ((runtime_gcwaiting.load() & 1) != 0) return;
  // Goroutines the collector holds (runtime.GC callers, assists) are readied by it,
  // and it checks again when its cycle is over (checkdeadFromGC).
  if (gcHoldsGoroutines()) return;
  for (int32_t i = 0; i < nallp.load(); i++) {
    if (!runqempty(allp[i])) return;
  }
  deadlock();
}

// stopm parks the M (it holds no P) until startm hands it one.
void stopm() {
  m* mp = getm();
  lock(&sched.lock);
  mput(mp);
  checkdead();
  unlock(&sched.lock);
  notesleep(&mp->park);
  noteclear(&mp->park);
  acquirep(mp->nextp);
  mp->nextp = nullptr;
}

// Stops being a spinning M (it found work). The last spinner to stop starts another,
// so that work appearing meanwhile is not left waiting (Go's resetspinning).
void resetspinning(m* mp) {
  if (!mp->spinning) return;
  mp->spinning = false;
  if (sched.nmspinning.fetch_sub(1) == 1) wakep();
}

// --- Finding work ---------------------------------------------------------------------

uint32_t cheaprand(uint32_t* state) {
  *state ^= *state << 13;
  *state ^= *state >> 17;
  *state ^= *state << 5;
  return *state;
}

// findrunnable returns a goroutine to run, with the M holding a P; it parks the M
// while there is none.
g* findrunnable() {
  m* mp = getm();
  thread_local uint32_t rnd = 0x9e3779b9u;
top:
  p* pp = getp();
  if ((runtime_gcwaiting.load(std::memory_order_acquire) & 1) != 0) {
    if (mp->spinning) {
      mp->spinning = false;
      sched.nmspinning.fetch_sub(1);
    }
    stopAtSafePoint(pp);
    pp->mcache->prepareForSweep();  // a sweep may have begun (gcSweep leaves it to us)
    goto top;
  }
  if (pp->id >= gomaxprocs) {
    // Beyond GOMAXPROCS (lowered): hand the queue over and give the P up.
    while (g* gp = runqget(pp)) {
      lockGuard guard(&sched.lock);
      globrunqput(gp);
    }
    if (mp->spinning) {
      mp->spinning = false;
      sched.nmspinning.fetch_sub(1);
    }
    lock(&sched.lock);
    releasep();
    pidleput(pp);
    unlock(&sched.lock);
    wakep();
    stopm();
    goto top;
  }
  checkTimers(nanotime());
  // Marking: this P may owe a dedicated or fractional mark worker (it runs here, on g0).
  if (gcBlackenEnabled.load(std::memory_order_relaxed) != 0 && gcTryMarkWorker(pp)) goto top;
  // Fairness: now and then the global queue first.
  if (pp->schedtick.load(std::memory_order_relaxed) % 61 == 0 && sched.runqsize.load() > 0) {
    lockGuard guard(&sched.lock);
    if (g* gp = globrunqget(pp, 1)) return gp;
  }
  if (g* gp = runqget(pp)) return gp;
  if (sched.runqsize.load() > 0) {
    lockGuard guard(&sched.lock);
    if (g* gp = globrunqget(pp, 0)) return gp;
  }
  // Steal, if not too many Ms spin already.
  if (gomaxprocs > 1 &&
      (mp->spinning || 2 * sched.nmspinning.load() < gomaxprocs - sched.npidle.load())) {
    if (!mp->spinning) {
      mp->spinning = true;
      sched.nmspinning.fetch_add(1);
    }
    auto np = uint32_t(nallp.load());
    for (int i = 0; i < 4; i++) {
      uint32_t start = cheaprand(&rnd) % np;
      for (uint32_t j = 0; j < np; j++) {
        p* victim = allp[(start + j) % np];
        if (victim == pp) continue;
        if (g* gp = runqsteal(pp, victim, i == 3)) return gp;
      }
    }
  }
  // Nothing to run: mark with the P rather than give it up, while there is mark work.
  if (gcBlackenEnabled.load(std::memory_order_relaxed) != 0 && gcTryIdleMarkWorker(pp)) {
    goto top;
  }
  // Nothing: give the P up.
  lock(&sched.lock);
  if ((runtime_gcwaiting.load() & 1) != 0 || sched.runqsize.load() > 0) {
    unlock(&sched.lock);
    goto top;
  }
  releasep();
  pidleput(pp);
  unlock(&sched.lock);
  bool wasSpinning = mp->spinning;
  if (wasSpinning) {
    mp->spinning = false;
    sched.nmspinning.fetch_sub(1);
    // Work readied after we looked, while the readier saw us spinning (and so did not
    // wake anybody), must not be lost: look once more.
    for (int32_t i = 0; i < nallp.load(); i++) {
      if (!runqempty(allp[i]) || sched.runqsize.load() > 0) {
        lock(&sched.lock);
        p* np = pidleget();
        unlock(&sched.lock);
        if (np != nullptr) {
          acquirep(np);
          mp->spinning = true;
          sched.nmspinning.fetch_add(1);
          goto top;
        }
        break;
      }
    }
  }
  stopm();
  goto top;
}

// execute runs gp on the current M until it switches back; then acts on its request.
void execute(g* gp) {
  m* mp = getm();
  for (;;) {
    p* pp = getp();
    pp->schedtick.fetch_add(1, std::memory_order_relaxed);
    pp->preempt.store(false, std::memory_order_relaxed);
    mp->curg = gp;
    gp->curm = mp;
    if (gp->atomicstatus.load(std::memory_order_relaxed) != _Grunning) {
      casgstatus(gp, _Grunnable, _Grunning);
    }
    setg(gp);
    setstackguard(stackguardOf(gp));
    bctx::transfer_t t = bctx::jump_fcontext(gp->sched, mp);
    // Back on g0 (no stack check: the thread's own stack).
    setstackguard(0);
    setg(&mp->g0);
    gp->sched = t.fctx;
    for (int i = 0; i < 6; i++) gp->ctx[i] = 0;  // pushed on its stack by the switch
    gp->ctx[6] = reinterpret_cast<uintptr_t>(t.fctx);
    mp->curg = nullptr;
    gp->curm = nullptr;
    auto* req = static_cast<switchReq*>(t.data);
    switch (req->kind) {
      case switchKind::park:
        gp->atomicstatus.store(_Gwaiting, std::memory_order_release);
        if (req->unlockf != nullptr && !req->unlockf(gp, req->lock)) {
          // Not parked after all: run it again at once.
          casgstatus(gp, _Gwaiting, _Grunnable);
          continue;
        }
        return;
      case switchKind::yield:
        gp->atomicstatus.store(_Grunnable, std::memory_order_release);
        {
          lockGuard guard(&sched.lock);
          globrunqput(gp);
        }
        return;
      case switchKind::noP:
        // Left a system call without a P: queue it, and wait for a P to run anything.
        gp->atomicstatus.store(_Grunnable, std::memory_order_release);
        {
          lockGuard guard(&sched.lock);
          globrunqput(gp);
        }
        sched.nsyscall.fetch_sub(1);
        wakep();
        stopm();
        return;
      case switchKind::flushMcache:
        // A sweep began while it was stopped (gcSweep left this P's mcache to it).
        getp()->mcache->prepareForSweep();
        continue;
      case switchKind::scanSelf:
        // Still _Grunning (so no other scanner touches it), its context saved.
        scanstackSelf(gp);
        continue;
      case switchKind::yieldLocal:
        // Behind the goroutine it readied (in runnext), on this P's own queue.
        gp->atomicstatus.store(_Grunnable, std::memory_order_release);
        runqput(getp(), gp, false);
        return;
      case switchKind::exit: {
        gp->atomicstatus.store(_Gdead, std::memory_order_release);
        sched.ngoroutines.fetch_sub(1);
        gp->_defer = nullptr;
        gp->_panic = nullptr;
        gp->entry = nullptr;
        gp->startfn = nullptr;
        gp->param = nullptr;
        gp->waiting = nullptr;
        gp->waitreason = 0;
        gfput(getp(), gp);
        return;
      }
    }
  }
}

// gfput keeps the dead gp for reuse (Go's gfput): on pp's own list, which goes by
// halves to the global one (under sched.gFreeLock) when it holds pGfreeMax. A goroutine
// on the lists keeps its first segment (only the one cached for hot splits goes) —
// those beyond maxFreeStacks on the global list keep none.
void gfput(p* pp, g* gp) {
  if (gp->cachedseg != nullptr) {
    stkseg* c = gp->cachedseg;
    gp->cachedseg = nullptr;
    g tmp{};
    tmp.cachedseg = c;
    stackfree(&tmp);
  }
  gp->schedlink = pp->gfree;
  pp->gfree = gp;
  if (++pp->ngfree < pGfreeMax) return;
  lockGuard guard(&sched.gFreeLock);
  while (pp->ngfree > pGfreeMax / 2) {
    g* x = pp->gfree;
    pp->gfree = x->schedlink;
    pp->ngfree--;
    if (sched.ngfree >= maxFreeStacks) stackfree(x);
    x->schedlink = sched.gfree;
    sched.gfree = x;
    sched.ngfree++;
  }
}

// gfget takes a dead goroutine for reuse (null if there is none): from pp's list,
// refilled from the global one by up to half a list at a time (Go's gfget).
g* gfget(p* pp) {
  if (pp == nullptr || pp->gfree == nullptr) {
    if (sched.ngfree == 0) return nullptr;
    lockGuard guard(&sched.gFreeLock);
    if (pp == nullptr) {
      g* gp = sched.gfree;
      if (gp != nullptr) {
        sched.gfree = gp->schedlink;
        sched.ngfree--;
      }
      return gp;
    }
    while (pp->ngfree < pGfreeMax / 2 && sched.gfree != nullptr) {
      g* x = sched.gfree;
      sched.gfree = x->schedlink;
      sched.ngfree--;
      x->schedlink = pp->gfree;
      pp->gfree = x;
      pp->ngfree++;
    }
  }
  g* gp = pp->gfree;
  if (gp != nullptr) {
    pp->gfree = gp->schedlink;
    pp->ngfree--;
  }
  return gp;
}

// schedule: the M's loop on g0 (never returns).
[[noreturn]] void schedule() {
  m* mp = getm();
  for (;;) {
    g* gp = findrunnable();
    resetspinning(mp);
    execute(gp);
  }
}

void mstart1(m* mp) {
  setm(mp);
  mp->g0.goid = 0;
  setg(&mp->g0);
  if (mp->nextp != nullptr) {
    acquirep(mp->nextp);
    mp->nextp = nullptr;
  }
  schedule();
}

[[noreturn]] void deadlock() {
  printlock();
  printcstr("fatal error: all goroutines are asleep - deadlock!\n");
  for (size_t i = 0; i < allglen; i++) {
    g* gp = allgs[i];
    if ((gp->atomicstatus.load() & ~_Gscan) != _Gwaiting) continue;
    printcstr("\ngoroutine ");
    printint(gp->goid);
    printcstr(" [");
    printcstr(waitReasonString(waitReason(gp->waitreason)));
    printcstr("]:\n");
  }
  printunlock();
  exit2();
}

}  // namespace

// --- The scheduler's interface -------------------------------------------------------

bool runqempty(p* pp) {
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_acquire);
    g* next = pp->runnext.load(std::memory_order_acquire);
    if (t == pp->runqtail.load(std::memory_order_acquire)) return h == t && next == nullptr;
  }
}

void args(int c, char** v) {
  argc = c;
  argv = v;
}

// schedinit: initialise the heap (mallocinit), create GOMAXPROCS Ps — the GOMAXPROCS
// environment variable when it is a positive int32 (as Go's atoi32), else the number of
// CPUs the process may use — give P 0 to the calling (main) thread, and start the
// background scavenger and the collector. Calling it again does nothing.
void schedinit() {
  if (allp != nullptr) return;
  mallocinit();
  ncpu = getproccount();
  int32_t procs = ncpu;
  if (const char* s = getenv("GOMAXPROCS"); s != nullptr && *s != 0) {
    char* end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (*end == 0 && errno == 0 && n > 0 && n <= INT32_MAX) procs = int32_t(n);
  }
  procresize(procs);
  acquirep(pidleget());
  scavengerStart();
  gcinit();
}

void mstart0(void (*mainfn)()) {
  m0.id = sched.mcount++;
  setm(&m0);
  // The main goroutine: g1, running mainfn on a stack of its own.
  g* gp = &g1;
  gp->goid = 1;
  stackalloc(gp);
  gp->startfn = mainfn;
  gp->sched = bctx::make_fcontext(reinterpret_cast<void*>(gp->stackhi),
                                  gp->stackhi - gp->stacklo - sizeof(stkseg), gostart);
  gp->ctx[6] = reinterpret_cast<uintptr_t>(gp->sched);
  gp->atomicstatus.store(_Grunnable);
  allgadd(gp);
  sched.ngoroutines.fetch_add(1);
  runqput(getp(), gp, true);
  sysmonStart();
  mstart1(&m0);
  __builtin_unreachable();
}

g* newproc1(void* fn, void (*startfn)()) {
  g* gp = gfget(getp());
  bool fresh = gp == nullptr;
  if (fresh) gp = new (persistentalloc(sizeof(g), 64, &memstats.other_sys)) g{};
  if (gp->seg == nullptr) stackalloc(gp);
  gp->schedlink = nullptr;
  // Marking scans only the goroutines that existed when it began: the closure, which
  // the creator's stack (perhaps not scanned yet) may be the only one to hold, is
  // shaded (Go's newproc1 does the same for the arguments it copies).
  if (fn != nullptr && writeBarrierEnabled()) shade(reinterpret_cast<uintptr_t>(fn));
  gp->entry = fn;
  gp->startfn = startfn;
  gp->goid = sched.goidgen.fetch_add(1) + 1;
  gp->selectDone.store(0);
  gp->sched = bctx::make_fcontext(reinterpret_cast<void*>(gp->stackhi),
                                  gp->stackhi - gp->stacklo - sizeof(stkseg), gostart);
  for (int i = 0; i < 6; i++) gp->ctx[i] = 0;
  gp->ctx[6] = reinterpret_cast<uintptr_t>(gp->sched);
  gp->atomicstatus.store(_Grunnable, std::memory_order_release);
  if (fresh) allgadd(gp);
  sched.ngoroutines.fetch_add(1);
  readyput(gp);
  return gp;
}

void runqput(p* pp, g* gp, bool next) {
  if (next) {
    g* old = pp->runnext.exchange(gp, std::memory_order_acq_rel);
    if (old == nullptr) return;
    gp = old;  // the old runnext goes to the tail of the queue
  }
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t - h < runqSize) {
      pp->runq[t % runqSize].store(gp, std::memory_order_relaxed);
      pp->runqtail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputslow(pp, gp, h, t)) return;
  }
}

void globrunqput(g* gp) {
  gp->schedlink = nullptr;
  if (sched.runqtail != nullptr) {
    sched.runqtail->schedlink = gp;
  } else {
    sched.runqhead = gp;
  }
  sched.runqtail = gp;
  sched.runqsize.fetch_add(1);
}

void wakep() {
  if (sched.npidle.load() == 0) return;
  int32_t zero = 0;
  if (sched.nmspinning.load() != 0 || !sched.nmspinning.compare_exchange_strong(zero, 1)) return;
  startm(nullptr, true);
}

void gopark(bool (*unlockf)(g*, void*), void* lock, waitReason reason) {
  g* gp = getg();
  if (gp->curm == nullptr || gp == &gp->curm->g0) {
    // No scheduler (the runtime's unit tests) or on g0: nobody could ever wake it.
    gp->waitreason = uint8_t(reason);
    if (unlockf != nullptr && !unlockf(gp, lock)) return;
    fatal("all goroutines are asleep - deadlock!");
  }
  gp->waitreason = uint8_t(reason);
  switchReq req{switchKind::park, unlockf, lock};
  mcall(&req);
  gp->waitreason = 0;
}

void goparkunlock(mutex* l, waitReason reason) {
  gopark(
      [](g*, void* lk) {
        unlock(static_cast<mutex*>(lk));
        return true;
      },
      l, reason);
}

void goready(g* gp) {
  casgstatus(gp, _Gwaiting, _Grunnable);
  readyput(gp);
}

void casgstatus(g* gp, uint32_t from, uint32_t to) {
  for (int i = 0;; i++) {
    uint32_t s = from;
    if (gp->atomicstatus.compare_exchange_weak(s, to, std::memory_order_acq_rel)) return;
    if (s != from && s != (from | _Gscan)) {
      printlock();
      printcstr("runtime: casgstatus: oldval=");
      printuint(s);
      printcstr(" newval=");
      printuint(to);
      printnl();
      printunlock();
      throw_("casgstatus: bad incoming values");
    }
    // The collector is scanning the stack (a short wait).
    if (i >= 64) sched_yield();
  }
}

void flushMcacheOnG0() {
  mcache* c = getp()->mcache;
  if (c->flushGen.load(std::memory_order_relaxed) ==
      mheap_.sweepgen.load(std::memory_order_relaxed)) {
    return;
  }
  g* gp = getg();
  if (gp->curm == nullptr || gp == &gp->curm->g0) {
    getp()->mcache->prepareForSweep();
    return;
  }
  switchReq req{switchKind::flushMcache, nullptr, nullptr};
  mcall(&req);
}

void scanself() {
  g* gp = getg();
  gp->preemptscan.store(false, std::memory_order_relaxed);
  if (gp->curm == nullptr || gp == &gp->curm->g0) return;
  switchReq req{switchKind::scanSelf, nullptr, nullptr};
  mcall(&req);
}

void gosched() {
  g* gp = getg();
  if (gp->curm == nullptr || gp == &gp->curm->g0) return;
  switchReq req{switchKind::yield, nullptr, nullptr};
  mcall(&req);
}

void goyield() {
  g* gp = getg();
  if (gp->curm == nullptr || gp == &gp->curm->g0) return;
  switchReq req{switchKind::yieldLocal, nullptr, nullptr};
  mcall(&req);
}

bool canSpin(int64_t i) {
  // Spinning pays only while another P runs (the lock's holder) and this one has
  // nothing else to do (Go's sync_runtime_canSpin).
  if (i >= 4 || ncpu <= 1 || gomaxprocs <= sched.npidle.load() + sched.nmspinning.load() + 1) {
    return false;
  }
  p* pp = getp();
  return pp == nullptr || runqempty(pp);
}

void retake(int64_t now) {
  constexpr int64_t retakeAfterNS = 1'000'000;
  for (int32_t i = 0; i < nallp.load(); i++) {
    p* pp = allp[i];
    if (pp->status.load(std::memory_order_acquire) != _Psyscall) continue;
    uint32_t t = pp->syscalltick.load(std::memory_order_acquire);
    if (t != pp->sysmonSyscallTick) {
      pp->sysmonSyscallTick = t;
      pp->sysmonSyscallWhen = now;
      continue;
    }
    if (now - pp->sysmonSyscallWhen < retakeAfterNS) continue;
    // Only when there is work the P could do meanwhile.
    if (runqempty(pp) && sched.runqsize.load() == 0 && nextTimerWhen() > now) continue;
    uint32_t s = _Psyscall;
    if (!pp->status.compare_exchange_strong(s, _Pidle, std::memory_order_acq_rel)) continue;
    pp->syscalltick.fetch_add(1, std::memory_order_acq_rel);
    pp->curm = nullptr;
    startm(pp, false);
  }
}

void exitsyscallLostP() {
  // The thread's P is somebody else's now.
  RT_TLS_STORE("runtime.currentP", uintptr_t(0));
  RT_TLS_STORE("runtime.currentMcache", uintptr_t(0));
  lock(&sched.lock);
  p* pp = pidleget();
  unlock(&sched.lock);
  if (pp != nullptr) {
    acquirep(pp);
    sched.nsyscall.fetch_sub(1);
    return;
  }
  switchReq req{switchKind::noP, nullptr, nullptr};
  mcall(&req);
}

void readyput(g* gp) {
  p* pp = getp();
  if (pp != nullptr) {
    runqput(pp, gp, true);
  } else {
    lockGuard guard(&sched.lock);
    globrunqput(gp);
  }
  wakep();
}

void checkdeadFromGC() {
  lockGuard guard(&sched.lock);
  checkdead();
}

void forEachG(void (*f)(g*, void*), void* arg) {
  lockGuard guard(&allglock);
  for (size_t i = 0; i < allglen; i++) f(allgs[i], arg);
}

}  // namespace runtime

// --- Entry points for compiled code ----------------------------------------------------

extern "C" {
void rt_newproc(void* fn) __asm__("runtime.newproc");
void rt_Gosched() __asm__("runtime.Gosched");
int64_t rt_NumGoroutine() __asm__("runtime.NumGoroutine");
int64_t rt_NumCPU() __asm__("runtime.NumCPU");
int64_t rt_GOMAXPROCS(int64_t n) __asm__("runtime.GOMAXPROCS");
}

// go f(x): fn is a closure without parameters or results that makes the call (the
// compiler's .gowrap thunk, or the function value itself).
void rt_newproc(void* fn) {
  runtime::newproc1(fn, nullptr);
}

void rt_Gosched() {
  runtime::gosched();
}

int64_t rt_NumGoroutine() {
  return runtime::sched.ngoroutines.load();
}

int64_t rt_NumCPU() {
  return runtime::ncpu;
}

// runtime.GOMAXPROCS(n): the previous setting; n >= 1 changes it, with the world
// stopped (Ps are added, or those beyond n are given up at their next switch).
int64_t rt_GOMAXPROCS(int64_t n) {
  using namespace runtime;
  int64_t prev = gomaxprocs;
  if (n <= 0 || n == prev) return prev;
  if (n > maxGomaxprocs) n = maxGomaxprocs;
  entersyscall();  // this goroutine's P stops with the others
  stopTheWorld();
  procresizeStopped(int32_t(n));
  startTheWorld();
  exitsyscall();
  wakep();
  return prev;
}
