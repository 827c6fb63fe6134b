// mcache.cpp — see mcache.h.
#include "mcache.h"

#include "mgcpacer.h"
#include "mheap.h"
#include "mstats.h"
#include "panic.h"
#include "print.h"

#include <new>

namespace runtime {

mspan emptymspan;

mcache* allocmcache() {
  lock(&mheap_.lock);
  void* mem = mheap_.cachealloc.alloc();
  memstats.mcache_inuse.store(mheap_.cachealloc.inuse, std::memory_order_relaxed);
  unlock(&mheap_.lock);
  auto* c = new (mem) mcache{};
  for (auto& s : c->alloc) s = &emptymspan;
  c->flushGen.store(mheap_.sweepgen.load(std::memory_order_relaxed), std::memory_order_relaxed);
  return c;
}

void freemcache(mcache* c) {
  c->releaseAll();
  lock(&mheap_.lock);
  mheap_.cachealloc.free(c);
  memstats.mcache_inuse.store(mheap_.cachealloc.inuse, std::memory_order_relaxed);
  unlock(&mheap_.lock);
}

uintptr_t mcache::nextFree(spanClass spc, mspan** sp, bool* shouldhelpgc) {
  mspan* s = alloc[spc.index()];
  uintptr_t freeIndex = s->nextFreeIndex();
  if (freeIndex == s->nelems) {
    // The span is full.
    if (s->allocCount != s->nelems) {
      printlock();
      printcstr("runtime: s.allocCount=");
      printuint(s->allocCount);
      printcstr(" s.nelems=");
      printuint(s->nelems);
      printnl();
      printunlock();
      throw_("s.allocCount != s.nelems && freeIndex == s.nelems");
    }
    refill(spc);
    *shouldhelpgc = true;
    s = alloc[spc.index()];
    freeIndex = s->nextFreeIndex();
  }
  if (freeIndex >= s->nelems) throw_("freeIndex is not valid");
  uintptr_t v = freeIndex * s->elemsize + s->base();
  s->allocCount++;
  if (s->allocCount > s->nelems) throw_("s.allocCount > s.nelems");
  *sp = s;
  return v;
}

void mcache::refill(spanClass spc) {
  mspan* s = alloc[spc.index()];
  if (s->allocCount != s->nelems) throw_("refill of span with free space remaining");
  if (s != &emptymspan) {
    uint32_t sg = mheap_.sweepgen.load(std::memory_order_relaxed);
    if (s->sweepgen.load(std::memory_order_relaxed) != sg + 3) throw_("bad sweepgen in refill");
    // Count what was allocated from the span while cached.
    uintptr_t slotsUsed = uintptr_t(s->allocCount) - uintptr_t(s->allocCountBeforeCache);
    memstats.smallAllocCount[spc.sizeclass()].fetch_add(slotsUsed, std::memory_order_relaxed);
    if (spc == tinySpanClass) {
      memstats.tinyAllocCount.fetch_add(tinyAllocs, std::memory_order_relaxed);
      tinyAllocs = 0;
    }
    s->allocCountBeforeCache = 0;
    mheap_.central[spc.index()].mcentral.uncacheSpan(s);
  }
  s = mheap_.central[spc.index()].mcentral.cacheSpan();
  if (s == nullptr) throw_("out of memory");
  if (s->allocCount == s->nelems) throw_("span has no free space");
  // Cached: the next sweep phase leaves it alone until it is handed back.
  s->sweepgen.store(mheap_.sweepgen.load(std::memory_order_relaxed) + 3, std::memory_order_relaxed);
  s->allocCountBeforeCache = s->allocCount;
  // The pacer counts the span's free space as live at once (Go's refill), so that
  // allocations from it need no accounting; releaseAll takes back what was not used.
  gcController.heapLive.fetch_add(s->npages * _PageSize - uintptr_t(s->allocCount) * s->elemsize,
                                  std::memory_order_relaxed);
  scanAlloc = 0;
  alloc[spc.index()] = s;
}

mspan* mcache::allocLarge(uintptr_t size, bool noscan) {
  if (size + _PageSize < size) throw_("out of memory");
  uintptr_t npages = size >> _PageShift;
  if ((size & _PageMask) != 0) npages++;
  spanClass spc = makeSpanClass(0, noscan);
  mspan* s = mheap_.alloc(npages, spc);
  if (s == nullptr) throw_("out of memory");
  memstats.largeAlloc.fetch_add(npages * _PageSize, std::memory_order_relaxed);
  memstats.largeAllocCount.fetch_add(1, std::memory_order_relaxed);
  gcController.heapLive.fetch_add(npages * _PageSize, std::memory_order_relaxed);
  // In the mcentral's swept full set, so that the sweeper sees it.
  mheap_.central[spc.index()]
      .mcentral.fullSwept(mheap_.sweepgen.load(std::memory_order_relaxed))
      ->push(s);
  s->limit = s->base() + size;
  return s;
}

void mcache::releaseAll() {
  scanAlloc = 0;
  uint32_t sg = mheap_.sweepgen.load(std::memory_order_relaxed);
  for (int i = 0; i < numSpanClasses; i++) {
    mspan* s = alloc[i];
    if (s == &emptymspan) continue;
    // Cached in this cycle: refill counted its free slots as live; undo that. (A span
    // cached before the cycle ended was counted before heapLive was reset.)
    if (s->sweepgen.load(std::memory_order_relaxed) == sg + 3) {
      gcController.heapLive.fetch_sub(
          (uintptr_t(s->nelems) - uintptr_t(s->allocCount)) * s->elemsize,
          std::memory_order_relaxed);
    }
    uintptr_t slotsUsed = uintptr_t(s->allocCount) - uintptr_t(s->allocCountBeforeCache);
    s->allocCountBeforeCache = 0;
    memstats.smallAllocCount[spanClass{uint8_t(i)}.sizeclass()].fetch_add(
        slotsUsed, std::memory_order_relaxed);
    mheap_.central[i].mcentral.uncacheSpan(s);
    alloc[i] = &emptymspan;
  }
  tiny = 0;
  tinyoffset = 0;
  memstats.tinyAllocCount.fetch_add(tinyAllocs, std::memory_order_relaxed);
  tinyAllocs = 0;
}

void mcache::prepareForSweep() {
  uint32_t sg = mheap_.sweepgen.load(std::memory_order_relaxed);
  uint32_t fg = flushGen.load(std::memory_order_relaxed);
  if (fg == sg) return;
  if (fg != sg - 2) {
    printlock();
    printcstr("bad flushGen ");
    printuint(fg);
    printcstr(" in prepareForSweep; sweepgen ");
    printuint(sg);
    printnl();
    printunlock();
    throw_("bad flushGen");
  }
  releaseAll();
  flushGen.store(sg, std::memory_order_release);
}

}  // namespace runtime
