// procresize.cpp — creating the Ps and handing them to threads: Go's procresize,
// acquirep, releasep, pidleget and pidleput (from proc.go), kept apart from proc.cpp
// so that the scheduler's start-up there stays small. See runtime2.h.
#include "runtime2.h"

#include "mheap.h"
#include "panic.h"
#include "persistentalloc.h"
#include "proc.h"
#include "stw.h"

#include <sched.h>

#include <new>

namespace runtime {

p** allp;
int32_t gomaxprocs;
std::atomic<int32_t> nallp{0};
int32_t ncpu;
constinit thread_local p* currentP = nullptr;
constinit thread_local mcache* currentMcache = nullptr;

mutex fallbackMcacheLock;
mcache* fallbackMcache;

namespace {

mutex pidleLock;
p* pidle;

}  // namespace

mutex& pidleLockRef() {
  return pidleLock;
}

int32_t getproccount() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
  int n = CPU_COUNT(&set);
  return n > 0 ? n : 1;
}

namespace {

p* newp(int32_t id) {
  auto* pp = new (persistentalloc(sizeof(p), 64, nullptr)) p{};
  pp->id = id;
  pp->status.store(_Pidle, std::memory_order_relaxed);
  pp->mcache = allocmcache();
  return pp;
}

}  // namespace

void procresize(int32_t nprocs) {
  if (allp != nullptr) throw_("procresize: Ps already created");
  if (nprocs <= 0) throw_("procresize: invalid arg");
  if (nprocs > maxGomaxprocs) nprocs = maxGomaxprocs;
  allp = static_cast<p**>(persistentalloc(sizeof(p*) * uintptr_t(maxGomaxprocs), 8, nullptr));
  for (int32_t i = 0; i < nprocs; i++) allp[i] = newp(i);
  gomaxprocs = nprocs;
  nallp.store(nprocs, std::memory_order_release);
  lockGuard g(&pidleLock);
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    allp[i]->link = pidle;
    pidle = allp[i];
  }
  sched.npidle.store(nprocs);
}

void procresizeStopped(int32_t n) {
  if (n > maxGomaxprocs) n = maxGomaxprocs;
  lockGuard g(&pidleLock);
  int32_t have = nallp.load();
  for (int32_t i = have; i < n; i++) {
    p* pp = newp(i);
    pp->status.store(_Pgcstop);
    pp->stopPrev = _Pidle;
    pp->link = pidle;
    pidle = pp;
    allp[i] = pp;
  }
  if (n > have) nallp.store(n, std::memory_order_release);
  gomaxprocs = n;
  int32_t idle = 0;
  for (p* pp = pidle; pp != nullptr; pp = pp->link) {
    if (pp->id < n) idle++;
  }
  sched.npidle.store(idle);
  // Ps beyond the new count are given up by their Ms at the next switch.
  for (int32_t i = n; i < nallp.load(); i++) {
    if (allp[i]->stopPrev == _Prunning) preemptone(allp[i]);
  }
}

// While the world stops (or is stopped), no P is handed out.
p* pidleget() {
  lockGuard g(&pidleLock);
  if ((runtime_gcwaiting.load() & gcwaitingStop) != 0) return nullptr;
  // The first P within GOMAXPROCS (those beyond it stay idle).
  p** link = &pidle;
  while (*link != nullptr && (*link)->id >= gomaxprocs) link = &(*link)->link;
  p* pp = *link;
  if (pp != nullptr) {
    *link = pp->link;
    pp->link = nullptr;
    sched.npidle.fetch_sub(1);
  }
  return pp;
}

void pidleput(p* pp) {
  lockGuard g(&pidleLock);
  // The status changes here, under the lock the stopper of the world takes to stop idle
  // Ps (a P released but not yet idle is still _Prunning, and nobody runs on it).
  // (A P taken with pidleget but never acquired may come back too; one the stopper
  // stopped meanwhile stays stopped and becomes idle when the world starts.)
  uint32_t s = pp->status.load(std::memory_order_acquire);
  if (s == _Pgcstop) {
    pp->stopPrev = _Pidle;
  } else if (s == _Prunning || s == _Pidle) {
    pp->status.store(_Pidle, std::memory_order_release);
  } else {
    throw_("pidleput: P is not released");
  }
  pp->link = pidle;
  pidle = pp;
  if (pp->id < gomaxprocs) sched.npidle.fetch_add(1);
}

void acquirep(p* pp) {
  if (getp() != nullptr) throw_("acquirep: already in go");
  for (;;) {
    uint32_t expected = _Pidle;
    if (pp->status.compare_exchange_strong(expected, _Prunning, std::memory_order_acquire)) break;
    // Stopped for the collector after it left the idle list: wait for the start.
    if (expected != _Pgcstop) throw_("acquirep: invalid p state");
    waitWhileStopped(pp);
  }
  pp->curm = getm();
  RT_TLS_STORE("runtime.currentP", pp);
  RT_TLS_STORE("runtime.currentMcache", pp->mcache);
  // Have the mcache flushed if a sweep phase began while the P was idle.
  pp->mcache->prepareForSweep();
}

p* releasep() {
  p* pp = getp();
  if (pp == nullptr) throw_("releasep: invalid arg");
  RT_TLS_STORE("runtime.currentP", uintptr_t(0));
  RT_TLS_STORE("runtime.currentMcache", uintptr_t(0));
  pp->curm = nullptr;
  return pp;
}

void forEachMcache(void (*f)(mcache*)) {
  for (int32_t i = 0; i < nallp.load(); i++) f(allp[i]->mcache);
  if (fallbackMcache != nullptr) {
    lockGuard g(&fallbackMcacheLock);
    f(fallbackMcache);
  }
}

}  // namespace runtime
