// mgcsweep.cpp — see mgcsweep.h.
#include "mgcsweep.h"

#include "gcbits.h"
#include "mcache.h"
#include "mgc.h"
#include "mheap.h"
#include "mstats.h"
#include "panic.h"
#include "print.h"
#include "runtime2.h"

namespace runtime {

namespace {

constexpr uint32_t sweepDrainedMask = 1u << 31;

// activeSweep: the number of sweepers in flight, and a "drained" bit set once the
// unswept sets ran empty. Sweeping is done when the state is exactly the drained bit —
// as it is at start-up, when there is nothing to sweep.
std::atomic<uint32_t> activeSweepState{sweepDrainedMask};

// centralIndex: the next unswept set the sweeper looks at (spanClass*2 + full).
std::atomic<uint32_t> sweepCentralIndex{0};
constexpr uint32_t numSweepClasses = numSpanClasses * 2;

bool markDrained() {
  uint32_t state = activeSweepState.load();
  while ((state & sweepDrainedMask) == 0) {
    if (activeSweepState.compare_exchange_weak(state, state | sweepDrainedMask)) return true;
  }
  return false;
}

mspan* nextSpanForSweep() {
  uint32_t sg = mheap_.sweepgen.load(std::memory_order_relaxed);
  for (uint32_t sc = sweepCentralIndex.load(std::memory_order_relaxed); sc < numSweepClasses;
       sc++) {
    mcentral& c = mheap_.central[sc / 2].mcentral;
    mspan* s = (sc % 2 == 1) ? c.fullUnswept(sg)->pop() : c.partialUnswept(sg)->pop();
    if (s != nullptr) {
      // Advance the shared index (only forwards) so later callers skip empty sets.
      uint32_t cur = sweepCentralIndex.load(std::memory_order_relaxed);
      while (cur < sc && !sweepCentralIndex.compare_exchange_weak(cur, sc)) {
      }
      return s;
    }
  }
  uint32_t cur = sweepCentralIndex.load(std::memory_order_relaxed);
  while (cur < numSweepClasses && !sweepCentralIndex.compare_exchange_weak(cur, numSweepClasses)) {
  }
  return nullptr;
}

}  // namespace

sweepLocker sweepLocker::begin() {
  uint32_t state = activeSweepState.load();
  for (;;) {
    if ((state & sweepDrainedMask) != 0) {
      return sweepLocker{mheap_.sweepgen.load(std::memory_order_relaxed), false};
    }
    if (activeSweepState.compare_exchange_weak(state, state + 1)) {
      return sweepLocker{mheap_.sweepgen.load(std::memory_order_relaxed), true};
    }
  }
}

void sweepLocker::end() {
  if (!valid) return;
  if (sweepGen != mheap_.sweepgen.load(std::memory_order_relaxed)) {
    throw_("sweeper left outstanding across sweep generations");
  }
  uint32_t state = activeSweepState.load();
  for (;;) {
    if (((state & ~sweepDrainedMask) - 1) >= sweepDrainedMask) {
      throw_("mismatched begin/end of activeSweep");
    }
    if (activeSweepState.compare_exchange_weak(state, state - 1)) return;
  }
}

bool isSweepDone() {
  return activeSweepState.load() == sweepDrainedMask;
}

bool sweepSpan(mspan* s, bool preserve) {
  uint32_t sweepgen = mheap_.sweepgen.load(std::memory_order_relaxed);
  if (s->state.load(std::memory_order_relaxed) != mSpanState::mSpanInUse ||
      s->sweepgen.load(std::memory_order_relaxed) != sweepgen - 1) {
    printlock();
    printcstr("mspan.sweep: state=");
    printint(int64_t(s->state.load()));
    printcstr(" sweepgen=");
    printuint(s->sweepgen.load());
    printcstr(" mheap.sweepgen=");
    printuint(sweepgen);
    printnl();
    printunlock();
    throw_("mspan.sweep: bad span state");
  }
  mheap_.pagesSwept.fetch_add(s->npages, std::memory_order_relaxed);
  spanClass spc = s->spanclass;
  uintptr_t size = s->elemsize;

  uintptr_t nalloc = s->countAlloc();
  if (nalloc > s->allocCount) {
    printlock();
    printcstr("runtime: nelems=");
    printuint(s->nelems);
    printcstr(" nalloc=");
    printuint(nalloc);
    printcstr(" previous allocCount=");
    printuint(s->allocCount);
    printnl();
    printunlock();
    throw_("sweep increased allocation count");
  }
  uintptr_t nfreed = s->allocCount - nalloc;
  if (gcdebug.clobberfree != 0 && nfreed != 0) {
    // Every object freed now (allocated, not marked) is filled with 0xdeadbeef, so a
    // use after free shows.
    for (uintptr_t i = 0; i < s->nelems; i++) {
      bool allocated = i < s->freeindex || s->allocBitsForIndex(i).isMarked();
      if (!allocated || s->markBitsForIndex(i).isMarked()) continue;
      auto* w = reinterpret_cast<uint32_t*>(s->base() + i * size);
      for (uintptr_t j = 0; j < size / 4; j++) w[j] = 0xdeadbeef;
    }
  }
  s->allocCount = uint16_t(nalloc);
  s->freeindex = 0;
  s->freeIndexForScan = 0;
  // The mark bits become the allocation bits; fresh mark bits for the next cycle.
  s->allocBits = s->gcmarkBits;
  s->gcmarkBits = newMarkBits(s->nelems);
  s->loadAllocCache();
  s->sweepgen.store(sweepgen, std::memory_order_release);

  if (spc.sizeclass() != 0) {
    if (nfreed > 0) {
      s->needzero = 1;
      memstats.smallFreeCount[spc.sizeclass()].fetch_add(nfreed, std::memory_order_relaxed);
    }
    if (!preserve) {
      if (nalloc == 0) {
        mheap_.freeSpan(s);
        return true;
      }
      if (nalloc == s->nelems) {
        mheap_.central[spc.index()].mcentral.fullSwept(sweepgen)->push(s);
      } else {
        mheap_.central[spc.index()].mcentral.partialSwept(sweepgen)->push(s);
      }
    }
  } else if (!preserve) {
    if (nfreed != 0) {
      memstats.largeFreeCount.fetch_add(1, std::memory_order_relaxed);
      memstats.largeFree.fetch_add(size, std::memory_order_relaxed);
      mheap_.freeSpan(s);
      return true;
    }
    mheap_.central[spc.index()].mcentral.fullSwept(sweepgen)->push(s);
  }
  return false;
}

uintptr_t sweepone() {
  sweepLocker sl = sweepLocker::begin();
  if (!sl.valid) return ~uintptr_t(0);
  uintptr_t npages = ~uintptr_t(0);
  for (;;) {
    mspan* s = nextSpanForSweep();
    if (s == nullptr) {
      // Go wakes its scavenger here; ours runs on its own clock (mgcscavenge.h).
      markDrained();
      break;
    }
    if (s->state.load(std::memory_order_acquire) != mSpanState::mSpanInUse) {
      continue;  // a stale entry: the span was swept and freed by another path
    }
    if (sl.tryAcquire(s)) {
      npages = s->npages;
      if (sweepSpan(s, false)) {
        mheap_.reclaimCredit.fetch_add(npages, std::memory_order_relaxed);
      } else {
        npages = 0;
      }
      break;
    }
  }
  sl.end();
  return npages;
}

void ensureSwept(mspan* s) {
  sweepLocker sl = sweepLocker::begin();
  if (sl.valid) {
    if (sl.tryAcquire(s)) {
      sweepSpan(s, false);
      sl.end();
      return;
    }
    sl.end();
  }
  // Someone else is sweeping it: wait.
  for (;;) {
    uint32_t spangen = s->sweepgen.load(std::memory_order_acquire);
    if (spangen == sl.sweepGen || spangen == sl.sweepGen + 3) break;
    __builtin_ia32_pause();
  }
}

void finishsweep_m() {
  while (sweepone() != ~uintptr_t(0)) {
  }
  // The background sweeper is a thread, not stopped with the world: let it finish the
  // span it holds.
  while ((activeSweepState.load() & ~sweepDrainedMask) != 0) __builtin_ia32_pause();
  uint32_t sg = mheap_.sweepgen.load(std::memory_order_relaxed);
  for (int i = 0; i < numSpanClasses; i++) {
    mcentral& c = mheap_.central[i].mcentral;
    c.partialUnswept(sg)->reset();
    c.fullUnswept(sg)->reset();
  }
  nextMarkBitArenaEpoch();
}

void gcSweep(bool blocking) {
  if (gcphase.load(std::memory_order_relaxed) != _GCoff) {
    throw_("gcSweep being done but phase is not GCoff");
  }
  if (!isSweepDone()) throw_("gcSweep: the previous sweep is not finished (finishsweep_m)");
  lock(&mheap_.lock);
  mheap_.sweepgen.fetch_add(2, std::memory_order_relaxed);
  activeSweepState.store(0);
  mheap_.pagesSwept.store(0, std::memory_order_relaxed);
  mheap_.sweepArenas.store(mheap_.nAllArenas.load(std::memory_order_relaxed),
                           std::memory_order_relaxed);
  mheap_.reclaimIndex.store(0, std::memory_order_relaxed);
  mheap_.reclaimCredit.store(0, std::memory_order_relaxed);
  unlock(&mheap_.lock);
  sweepCentralIndex.store(0, std::memory_order_relaxed);

  // Every mcache gives its spans back before it allocates again: those cached spans
  // were cached before sweepgen moved, so uncacheSpan sweeps them. The Ps that were
  // running flush their own as they resume, outside the pause and in parallel
  // (rt_gcSafePoint and findrunnable, on g0: sweeping needs more stack than a
  // goroutine's segment keeps for C++ code; Go's Ps do it in acquirep when the world
  // starts). The others (idle, in a system call; every P when the world is not stopped,
  // as in the runtime's tests) are flushed here.
  for (int32_t i = 0; i < nallp.load(); i++) {
    p* pp = allp[i];
    bool stopped = pp->status.load(std::memory_order_relaxed) == _Pgcstop;
    if (!stopped || pp->stopPrev != _Prunning) pp->mcache->prepareForSweep();
  }
  {
    lockGuard guard(&fallbackMcacheLock);
    if (fallbackMcache != nullptr) fallbackMcache->prepareForSweep();
  }

  if (blocking) {
    while (sweepone() != ~uintptr_t(0)) {
    }
  }
}

}  // namespace runtime
