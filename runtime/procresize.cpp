// procresize.cpp — creating the Ps and handing them to threads: Go's procresize,
// acquirep, releasep, pidleget and pidleput (from proc.go), kept apart from proc.cpp
// so that the scheduler's start-up there stays small. See runtime2.h.
#include "runtime2.h"

#include "mheap.h"
#include "panic.h"
#include "persistentalloc.h"

#include <sched.h>

#include <new>

namespace runtime {

p** allp;
int32_t gomaxprocs;
int32_t ncpu;
constinit thread_local p* currentP __attribute__((tls_model("initial-exec"))) = nullptr;
constinit thread_local mcache* currentMcache __attribute__((tls_model("initial-exec"))) = nullptr;

mutex fallbackMcacheLock;
mcache* fallbackMcache;

namespace {

mutex pidleLock;
p* pidle;

}  // namespace

int32_t getproccount() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
  int n = CPU_COUNT(&set);
  return n > 0 ? n : 1;
}

void procresize(int32_t nprocs) {
  if (allp != nullptr) throw_("procresize: Ps already created");
  if (nprocs <= 0) throw_("procresize: invalid arg");
  allp = static_cast<p**>(persistentalloc(sizeof(p*) * uintptr_t(nprocs), 8, nullptr));
  for (int32_t i = 0; i < nprocs; i++) {
    auto* pp = new (persistentalloc(sizeof(p), 64, nullptr)) p{};
    pp->id = i;
    pp->status.store(_Pidle, std::memory_order_relaxed);
    pp->mcache = allocmcache();
    allp[i] = pp;
  }
  gomaxprocs = nprocs;
  lockGuard g(&pidleLock);
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    allp[i]->link = pidle;
    pidle = allp[i];
  }
}

p* pidleget() {
  lockGuard g(&pidleLock);
  p* pp = pidle;
  if (pp != nullptr) {
    pidle = pp->link;
    pp->link = nullptr;
  }
  return pp;
}

void pidleput(p* pp) {
  if (pp->status.load(std::memory_order_relaxed) != _Pidle)
    throw_("pidleput: P has non-idle status");
  lockGuard g(&pidleLock);
  pp->link = pidle;
  pidle = pp;
}

void acquirep(p* pp) {
  if (currentP != nullptr) throw_("acquirep: already in go");
  uint32_t expected = _Pidle;
  if (!pp->status.compare_exchange_strong(expected, _Prunning, std::memory_order_acquire)) {
    throw_("acquirep: invalid p state");
  }
  currentP = pp;
  currentMcache = pp->mcache;
  // Have the mcache flushed if a sweep phase began while the P was idle.
  pp->mcache->prepareForSweep();
}

p* releasep() {
  p* pp = currentP;
  if (pp == nullptr) throw_("releasep: invalid arg");
  currentP = nullptr;
  currentMcache = nullptr;
  pp->status.store(_Pidle, std::memory_order_release);
  return pp;
}

void forEachMcache(void (*f)(mcache*)) {
  for (int32_t i = 0; i < gomaxprocs; i++) f(allp[i]->mcache);
  if (fallbackMcache != nullptr) {
    lockGuard g(&fallbackMcacheLock);
    f(fallbackMcache);
  }
}

}  // namespace runtime
